#!/usr/bin/python3
# Prints the known-good TSIG vectors that DdnsAgent.Tests/Portable/Rfc2136/TsigVectorTests.cs holds, made with an
# independent implementation: dnspython (Debian package python3-dnspython, 2.3.0). Run with Debian's python3:
#   /usr/bin/python3 tools/make-tsig-vectors.py
# The clock is fixed so that the output is the same on every run.
import base64
import time

import dns.message
import dns.name
import dns.rcode
import dns.tsig
import dns.tsigkeyring
import dns.update

TIME_SIGNED = 1700000000  # 2023-11-14T22:13:20Z
time.time = lambda: TIME_SIGNED

SECRET = base64.b64encode(bytes(range(32))).decode()
KEY_NAME = "ddns-key."
keyring = dns.tsigkeyring.from_text({KEY_NAME: ("hmac-sha256", SECRET)})


def update(names, v4, v6, ttl, msg_id):
    u = dns.update.UpdateMessage("example.org.", id=msg_id)
    for rdtype, address in (("A", v4), ("AAAA", v6)):
        if address is None:
            continue
        for name in names:
            u.delete(name, rdtype)
            u.add(name, ttl, rdtype, address)
    return u


def show(label, message):
    unsigned = message.to_wire()
    message.use_tsig(keyring, keyname=KEY_NAME, fudge=300, algorithm=dns.tsig.HMAC_SHA256)
    signed = message.to_wire()
    print(label, "unsigned", unsigned.hex())
    print(label, "signed  ", signed.hex())
    print(label, "mac     ", message.mac.hex())
    return message


print("secret", SECRET)
one = show("one", update(["home"], "192.0.2.1", None, 60, 0x1234))
show("two", update(["home", "office"], "192.0.2.1", "2001:db8::1", 300, 0xBEEF))

for rcode in (dns.rcode.NOERROR, dns.rcode.NOTZONE):
    response = dns.message.make_response(one)
    response.set_rcode(rcode)
    print("response", dns.rcode.to_text(rcode), response.to_wire().hex())
