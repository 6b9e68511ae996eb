"""The named-entity model: tokens, features, the CRF tagger and its training script."""
