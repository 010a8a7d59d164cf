"""Certificate signatures checked with pyHanko's validator: PAdES B-LT with the demo key, B-LTA
through a timestamp server on 127.0.0.1, the fallback when that server is down, PKCS#11."""

import asyncio
import datetime as dt
import io
import shutil
import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import crl, keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from django.core.management import call_command
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    SignatureCoverageLevel,
    validate_pdf_signature,
    validate_pdf_timestamp,
)
from pyhanko_certvalidator import ValidationContext

from certificates import pdf, signing
from certificates.models import Certificate

pytestmark = pytest.mark.engine_free


@pytest.fixture
def demo_key(settings, tmp_path):
    """The demo key, configured the way lms/settings/dev.py configures it."""
    bundle = signing.make_demo_key(tmp_path / "demo")
    settings.CERTIFICATE_SIGNING_KEY = str(bundle)
    settings.CERTIFICATE_SIGNING_PASSWORD = None
    settings.CERTIFICATE_TRUST_ROOTS = [str(bundle.parent / signing.DEMO_ROOT_NAME)]
    settings.CERTIFICATE_TSA_URL = None
    signing.reset()
    yield bundle
    signing.reset()


def _certificate(subject, issuer, issuer_key, *, key, ca=False, extended_usage=None):
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if extended_usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(extended_usage), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def _der(certificate):
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


@pytest.fixture
def timestamp_server(settings, tmp_path):
    """An RFC 3161 timestamp authority on 127.0.0.1 (pyHanko's DummyTimeStamper behind HTTP),
    with its own root added to the trust roots; yields its URL."""
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _certificate("TSA root (test)", "TSA root (test)", root_key, key=root_key, ca=True)
    tsa = _certificate(
        "TSA (test)",
        "TSA root (test)",
        root_key,
        key=tsa_key,
        extended_usage=[ExtendedKeyUsageOID.TIME_STAMPING],
    )
    stamper = DummyTimeStamper(
        tsa_cert=_der(tsa),
        tsa_key=keys.PrivateKeyInfo.load(
            tsa_key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        certs_to_embed=[_der(root)],
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    root_pem = tmp_path / "tsa-root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    # Its CRL beside it, as the demo CA's: embedded in the DSS with the TSA's chain.
    now = dt.datetime.now(dt.UTC)
    (tmp_path / "tsa-root.crl").write_bytes(
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now - dt.timedelta(hours=1))
        .next_update(now + dt.timedelta(days=7))
        .sign(root_key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    settings.CERTIFICATE_TRUST_ROOTS = [*settings.CERTIFICATE_TRUST_ROOTS, str(root_pem)]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", _der(root)
    server.shutdown()
    server.server_close()


def _render():
    return pdf.render_certificate_pdf(Certificate.objects.get())


def _dss_crls(reader):
    dss = DocumentSecurityStore.read_dss(reader)
    return [crl.CertificateList.load(item.get_object().data) for item in dss.crls]


def _demo_context(bundle, *extra_roots, crls=()):
    roots = signing._read_certificates(str(bundle.parent / signing.DEMO_ROOT_NAME))
    return ValidationContext(
        trust_roots=[*roots, *extra_roots], crls=list(crls), revocation_mode="require"
    )


def test_demo_certificate_is_signed_pades_b_lt_over_the_whole_file(demo_key, completed):
    signed = _render()
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_signatures
    dss = DocumentSecurityStore.read_dss(reader)
    assert len(_dss_crls(reader)) == 1 and len(dss.certs) == 2
    # Offline, with only what the file carries: the demo CA's CRL from the DSS is required.
    status = validate_pdf_signature(signature, _demo_context(demo_key, crls=_dss_crls(reader)))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.docmdp_ok
    assert status.signer_reported_dt is not None and status.timestamp_validity is None
    assert signing.DEMO_SIGNER_SUBJECT in status.signing_cert.subject.human_friendly


def test_with_a_timestamp_authority_the_signature_is_pades_b_lta(
    demo_key, timestamp_server, settings, completed
):
    settings.CERTIFICATE_TSA_URL, tsa_root = timestamp_server
    signed = _render()
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_regular_signatures
    (document_timestamp,) = reader.embedded_timestamp_signatures
    dss = DocumentSecurityStore.read_dss(reader)
    context = _demo_context(demo_key, tsa_root, crls=_dss_crls(reader))
    status = validate_pdf_signature(signature, context, ts_validation_context=context)
    assert status.intact and status.valid and status.trusted
    assert status.timestamp_validity.valid and status.timestamp_validity.trusted
    # Only the document timestamp's revision follows the signature, and it changed nothing else.
    assert status.docmdp_ok
    timestamp = validate_pdf_timestamp(document_timestamp, validation_context=context)
    assert timestamp.intact and timestamp.valid and timestamp.trusted
    assert timestamp.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # The TSA's certificate is in the DSS, so the timestamps can be checked offline later too.
    assert status.timestamp_validity.signing_cert.issuer_serial in dss.certs
    assert len(_dss_crls(reader)) == 2


def test_an_unreachable_timestamp_authority_falls_back_to_b_lt_with_a_warning(
    demo_key, settings, completed, caplog
):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.CERTIFICATE_TSA_URL = f"http://127.0.0.1:{port}/"
    signed = _render()
    reader = PdfFileReader(io.BytesIO(signed))
    assert not list(reader.embedded_timestamp_signatures)
    (signature,) = reader.embedded_signatures
    status = validate_pdf_signature(signature, _demo_context(demo_key, crls=_dss_crls(reader)))
    assert status.valid and status.trusted and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert "did not answer" in caplog.text


def test_a_key_that_cannot_be_loaded_raises_signing_error(demo_key, settings, completed):
    settings.CERTIFICATE_SIGNING_PASSWORD = "not-the-password"
    with pytest.raises(signing.SigningError, match="Could not load"):
        _render()


def test_the_demo_key_is_labelled_demo_and_reused(tmp_path):
    bundle = signing.make_demo_key(tmp_path)
    assert signing.make_demo_key(tmp_path).read_bytes() == bundle.read_bytes()
    (root,) = signing._read_certificates(str(tmp_path / signing.DEMO_ROOT_NAME))
    assert root.subject.native["common_name"] == "DEMO — không có giá trị pháp lý"


def test_demo_signing_key_command_prints_the_path_and_settings(tmp_path, capsys):
    call_command("demo_signing_key", "--dir", str(tmp_path))
    out = capsys.readouterr().out
    assert f"CERTIFICATE_SIGNING_KEY={tmp_path / signing.DEMO_KEY_NAME}" in out
    assert f"CERTIFICATE_TRUST_ROOTS={tmp_path / signing.DEMO_ROOT_NAME}" in out


SOFTHSM = shutil.which("softhsm2-util") and shutil.which("pkcs11-tool")
SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


@pytest.mark.skipif(not SOFTHSM, reason="SoftHSM2 and OpenSC (pkcs11-tool) are not installed")
def test_a_key_on_a_pkcs11_token_signs(demo_key, settings, tmp_path, monkeypatch, completed):
    """The demo key moved onto a SoftHSM2 token, used through CERTIFICATE_PKCS11_*."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, certificate, _ = pkcs12.load_key_and_certificates(demo_key.read_bytes(), None)
    (tmp_path / "tokens").mkdir()
    config = tmp_path / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(config))
    key_file, cert_file = tmp_path / "key.der", tmp_path / "cert.der"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    pin = ["--pin", "123456"]
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", "SNV-DEMO", "--so-pin", "654321"]
        + pin,
        check=True,
        capture_output=True,
    )
    tool = ["pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", "SNV-DEMO", "--login"]
    for path, kind in ((key_file, "privkey"), (cert_file, "cert")):
        subprocess.run(
            [*tool, *pin, "--write-object", str(path), "--type", kind]
            + ["--label", "ky-so", "--id", "01", "--usage-sign"] * (kind == "privkey")
            + ["--label", "ky-so", "--id", "01"] * (kind == "cert"),
            check=True,
            capture_output=True,
        )
    settings.CERTIFICATE_SIGNING_KEY = None
    settings.CERTIFICATE_PKCS11_MODULE = SOFTHSM_MODULE
    settings.CERTIFICATE_PKCS11_TOKEN = "SNV-DEMO"
    settings.CERTIFICATE_PKCS11_KEY_LABEL = "ky-so"
    settings.CERTIFICATE_PKCS11_PIN = "123456"
    reader = PdfFileReader(io.BytesIO(_render()))
    (signature,) = reader.embedded_signatures
    status = validate_pdf_signature(signature, _demo_context(demo_key, crls=_dss_crls(reader)))
    assert status.intact and status.valid and status.trusted
