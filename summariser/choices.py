"""Names the CLI offers before anything heavy is imported (stdlib only)."""

MODES = ("tools", "tools_strict", "json_schema", "json", "md_json")
"""Instructor modes: how a model is asked for JSON."""

STRATEGIES = ("free", "grounded", "decomposed")
"""Extraction strategies: one free pass, one pass restricted to the article's own values,
or rules that propose and a model that decides (see README, "How grounding works")."""
