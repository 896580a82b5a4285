"""Corpus scale: an archive of articles into tidy Parquet tables, resumable, on one machine or on Ray.

`inputs` streams the articles, `work` summarises them into `tables` rows, `store`
commits them as Parquet parts with a manifest that resumes, and an engine drives
it all: `local` (asyncio, plus worker processes) or `ray_engine` (Ray Data).
"""
