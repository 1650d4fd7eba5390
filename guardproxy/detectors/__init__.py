"""Detectors: incremental span finders a policy switches on per channel kind."""
