"""RFI flagger for Measurement Sets."""
