"""archiver: download sources and export compressed archives."""
