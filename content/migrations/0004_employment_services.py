"""The twelve Centro de Empleo services (fixed list; names are translated interface text)."""

from django.db import migrations

CODES = [
    "labour-market-information",
    "business-outreach",
    "vocational-guidance",
    "job-training",
    "entrepreneurship-training",
    "entrepreneurship-guidance",
    "job-bank",
    "job-search-counselling",
    "certificado-unico-laboral",
    "temporary-employment",
    "competence-certification",
    "migrant-guidance",
]


def create_services(apps, schema_editor):
    EmploymentService = apps.get_model("content", "EmploymentService")
    for order, code in enumerate(CODES, start=1):
        EmploymentService.objects.update_or_create(code=code, defaults={"sort_order": order})


def remove_services(apps, schema_editor):
    apps.get_model("content", "EmploymentService").objects.filter(code__in=CODES).delete()


class Migration(migrations.Migration):
    dependencies = [("content", "0003_senep_network")]

    operations = [migrations.RunPython(create_services, remove_services)]
