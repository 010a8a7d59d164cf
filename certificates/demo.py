"""Demo data for certificates: the default template of the demo province's Department of Home
Affairs, with its seal and signature from demo/images."""

import importlib

from django.apps import apps

from courses.demo import DEMO_IMAGES, demo_image

from .models import CertificateTemplate


def seed_certificates(*, stdout=None) -> dict:
    created = {}
    # The moderation workflow and permissions (migration 0007), again after a database flush.
    importlib.import_module(
        "certificates.migrations.0007_template_moderation"
    ).set_up_template_moderation(apps)
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        template = CertificateTemplate.objects.create(
            name="Mẫu mặc định — Sở Nội vụ tỉnh Đồng Nai",
            issuer="Sở Nội vụ tỉnh Đồng Nai",
            place="Đồng Nai",
            signer_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            signer_name="Trần Minh Đức",
            serial_prefix="SNV",
            is_default=True,
            seal=demo_image(DEMO_IMAGES / "con-dau-so-noi-vu.png")[0],
            signature=demo_image(DEMO_IMAGES / "chu-ky-giam-doc.png")[0],
        )
        created["certificate templates"] = 1
    if template.live_revision_id is None:
        # Published with a first revision: the history starts there, and drafts compare to it.
        template.save_revision().publish()
    return {"created": created, "logins": []}
