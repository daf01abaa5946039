"""Routing rules as pure functions."""
