"""The SENEP network moves to the `network` app: SenepNetworkPage, RegionPage, OfficePage,
OfficeFinderPage and EmploymentService.

State: the models leave content (network's 0001_initial created them). Database: each table is
renamed to the network app's name, the offices' services table (content_officepage_services ->
network_officepage_services) with it; rows, ids and the page tree unchanged. The content types,
which every page row, revision and translation source points at, follow in network's 0002.
"""

from django.db import migrations

MOVED = ["officefinderpage", "officepage", "regionpage", "senepnetworkpage", "employmentservice"]


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0012_monitoring_app"),
        ("network", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name=model) for model in MOVED],
            database_operations=[
                migrations.AlterModelTable(name=model, table=f"network_{model}") for model in MOVED
            ],
        ),
    ]
