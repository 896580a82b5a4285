"""Test aids shipped with the package: an OpenAI-compatible stub server for fault injection.

Users' own tests (and this project's tests and benchmarks) serve scripted answers and
failures from it on loopback, as a real model server would.
"""
