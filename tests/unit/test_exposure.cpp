// The exposure report: everything on a disc that identifies the patient. Proven on the demo
// disc (every planted identifier, nested and private ones included) and on a real benchmark
// with an answer key of planted identifiers.
#include "demo/DemoDisc.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/ExposureScanner.h"
#include "media/DiscScanner.h"
#include "support/ExposureHelpers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace scanshield;
using namespace scanshield::exposure;

namespace {

using test::ScannedDisc;

const ScannedDisc& demoDisc()
{
    static const ScannedDisc disc = [] {
        const QString dir = QDir(test::makeTempDir()).filePath("demo");
        EXPECT_TRUE(demo::writeDemoDisc(dir).ok);
        return test::scanAndReport(dir);
    }();
    return disc;
}

// The findings whose value is exactly `value`.
QList<Finding> withValue(const ExposureReport& report, const QString& value)
{
    QList<Finding> found;
    for (const Finding& f : report.findings)
        if (f.value == value)
            found.append(f);
    return found;
}

bool reported(const ExposureReport& report, const QString& value, Category category)
{
    for (const Finding& f : withValue(report, value))
        if (f.category == category)
            return true;
    return false;
}

} // namespace

TEST(AttributeCatalogue, HoldsTheWholeStandardTableInPlainWords)
{
    const AttributeCatalogue& catalogue = AttributeCatalogue::embedded();
    ASSERT_TRUE(catalogue.isValid()) << catalogue.error().toStdString();
    EXPECT_EQ(catalogue.size(), 621);
    const AttributeInfo* name = catalogue.find(0x00100010);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->category, Category::Identity);
    EXPECT_EQ(name->safeHarbor, QStringLiteral("names"));
    EXPECT_EQ(name->basicProfile, QStringLiteral("Z"));
    EXPECT_FALSE(name->plainName().contains(QLatin1Char('(')));
    // Repeating groups match by pattern: Overlay Comments in group 6002.
    const AttributeInfo* overlayComments = catalogue.find(0x60024000);
    ASSERT_NE(overlayComments, nullptr);
    EXPECT_EQ(overlayComments->id, QStringLiteral("60xx4000"));
    EXPECT_EQ(catalogue.find(0x00280010), nullptr) << "Rows identifies nobody";
    ASSERT_NE(catalogue.privateAttributes(), nullptr);
    for (const AttributeInfo& info : catalogue.entries()) {
        EXPECT_FALSE(info.plainName().isEmpty()) << info.id.toStdString();
        EXPECT_FALSE(info.explanation().isEmpty()) << info.id.toStdString();
    }
    for (Category category : kAllCategories)
        EXPECT_NE(catalogue.categoryTitle(category), categoryKey(category)) << "every category has a title";
}

TEST(Exposure, FindsEveryIdentifierPlantedOnTheDemoDisc)
{
    const ExposureReport& report = demoDisc().report;
    const demo::DemoIdentity& who = demo::demoIdentity();
    EXPECT_TRUE(reported(report, who.patientName, Category::Identity));
    EXPECT_TRUE(reported(report, who.patientId, Category::Identity));
    EXPECT_TRUE(reported(report, who.birthDate, Category::Dates));
    EXPECT_TRUE(reported(report, who.address, Category::Identity) || reported(report, who.address, Category::Places));
    EXPECT_TRUE(reported(report, who.phone, Category::Identity));
    EXPECT_TRUE(reported(report, who.accessionNumber, Category::Identity));
    EXPECT_TRUE(reported(report, who.institution, Category::Places));
    EXPECT_TRUE(reported(report, who.referringPhysician, Category::People));
    EXPECT_TRUE(reported(report, who.performingPhysician, Category::People));
    EXPECT_TRUE(reported(report, who.operatorName, Category::People));
    EXPECT_TRUE(reported(report, who.stationName, Category::Devices));
    EXPECT_TRUE(reported(report, who.deviceSerial, Category::Devices));

    // Nested: the other patient ID sits inside Other Patient IDs Sequence.
    const QList<Finding> otherId = withValue(report, who.otherPatientId);
    ASSERT_FALSE(otherId.isEmpty());
    bool nested = false;
    for (const Finding& f : otherId)
        for (const QString& where : f.where)
            nested = nested || where.contains(QStringLiteral("Other Patient IDs Sequence"));
    EXPECT_TRUE(nested);
}

TEST(Exposure, NamesVendorDataAndFindsThePatientInIt)
{
    const ExposureReport& report = demoDisc().report;
    bool creator = false;
    bool nameInPrivate = false;
    bool binaryPrivate = false;
    for (const Finding& f : report.findings) {
        if (f.category != Category::Private)
            continue;
        creator = creator || f.value == QStringLiteral("FICTIONAL MEDICAL 1.0");
        nameInPrivate = nameInPrivate || (f.attribute.contains(QStringLiteral("FICTIONAL MEDICAL 1.0")) && f.mentions.contains(QStringLiteral("name")));
        binaryPrivate = binaryPrivate || (f.value.isEmpty() && f.valueNote.contains(QStringLiteral("may hold identifiers")));
    }
    EXPECT_TRUE(creator);
    EXPECT_TRUE(nameInPrivate);
    EXPECT_TRUE(binaryPrivate);
}

TEST(Exposure, FlagsFreeTextAndFilesOutsideDicomThatNameThePatient)
{
    const ExposureReport& report = demoDisc().report;
    // The cine's series description carries the patient's name: harmless attribute, flagged text.
    bool description = false;
    bool structuredReport = false;
    bool readme = false;
    for (const Finding& f : report.findings) {
        description = description || (f.value.contains(QStringLiteral("Mustermann E")) && f.mentions.contains(QStringLiteral("name")));
        for (const QString& where : f.where)
            structuredReport = structuredReport || (where.contains(QStringLiteral("Content Sequence")) && f.mentions.contains(QStringLiteral("name")));
        readme = readme || (f.category == Category::OutsideDicom && f.files.contains(QStringLiteral("README.TXT")) &&
                            f.mentions.contains(QStringLiteral("name")));
    }
    EXPECT_TRUE(description);
    EXPECT_TRUE(structuredReport);
    EXPECT_TRUE(readme);
}

TEST(Exposure, CountsThePlacesAndFormsOfTheName)
{
    const ExposureReport& report = demoDisc().report;
    EXPECT_GE(report.name.places, 104) << "the name is in every image file at least once";
    EXPECT_GE(report.name.forms.size(), 2);
    EXPECT_EQ(report.categories.value(Category::Identity).level, Level::Red);
    EXPECT_EQ(report.filesExamined, demoDisc().index.filesTotal);
}

// The TCIA pseudo-PHI benchmark: every identifier of its answer key must be reported for the
// file it was planted in, private creators included.
TEST(Exposure, ReportsEveryPlantedIdentifierOfTheBenchmark)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString root = test::sharedData("deid_benchmark/tcia_pseudo_phi_flywheel");
    const QJsonObject instances = test::tciaPseudoPhiAnswerKey();
    ASSERT_EQ(instances.size(), 26);

    const ExposureReport report = test::scanAndReport(QDir(root).filePath("dicom")).report;
    int checked = 0;
    for (const QJsonValue& instance : instances) {
        const QString file = QFileInfo(instance.toObject().value("file").toString()).fileName();
        const QJsonObject phi = instance.toObject().value("phi").toObject();
        for (auto it = phi.begin(); it != phi.end(); ++it) {
            const QString value = it.value().toString().trimmed();
            bool found = false;
            for (const Finding& f : withValue(report, value))
                found = found || f.files.contains(file);
            EXPECT_TRUE(found) << file.toStdString() << " " << it.key().toStdString() << " = " << value.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 26 * 30);
}
