"""Reporters: turn reports into what a terminal, a program or CI reads."""
