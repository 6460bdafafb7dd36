"""orderflow: route and settle orders."""
