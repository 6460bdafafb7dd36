"""fleet: small service framework for the fleet statistics jobs."""
