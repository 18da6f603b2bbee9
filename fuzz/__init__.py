"""Fuzzing warta: hand-written seed pages, a mutator, and harnesses (atheris, or hypothesis)."""
