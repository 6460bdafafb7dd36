def geocode(address):
    return address, (hash(address) % 180, hash(address[::-1]) % 90)
