"""Helpers the features share: error wording, field errors, the row table model."""
