"""Evaluation harness: fixtures, scorers, runner, reports."""
