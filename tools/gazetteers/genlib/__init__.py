"""Readers and rules for the FrenchNewsNer gazetteer generator (stdlib only)."""
