"""orderbook: market feed client and offline replay."""
