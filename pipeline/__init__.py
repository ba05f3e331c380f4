"""Accessible-formats pipeline for NHS patient leaflets."""

__version__ = "0.1.0"
