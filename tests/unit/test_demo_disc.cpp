// The demo disc: a fictional patient's imaging CD written by core/demo. These tests read it
// back with DCMTK the way a viewer would, and check every kind of exposure it promises: the
// DICOMDIR, the layout, the multi-frame and compressed objects, the face in the head CT, the
// burned-in name, the report, the private block, the text files, and determinism.

#include "demo/BitmapFont.h"
#include "demo/DemoDisc.h"
#include "dicom/DcmtkSetup.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using scanshield::demo::DemoDiscResult;
using scanshield::demo::demoIdentity;
using scanshield::demo::writeDemoDisc;

namespace {

// Relative paths of every regular file under `root`, '/'-separated, sorted.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

std::unique_ptr<DcmFileFormat> load(const QString& path)
{
    auto file = std::make_unique<DcmFileFormat>();
    if (file->loadFile(OFFilename(QFile::encodeName(path).constData())).bad())
        return nullptr;
    return file;
}

QString text(DcmItem& item, const DcmTagKey& key, bool searchIntoSub = false)
{
    OFString value;
    if (item.findAndGetOFStringArray(key, value, searchIntoSub).bad())
        return {};
    return QString::fromUtf8(value.c_str());
}

QByteArray rawText(DcmItem& item, const DcmTagKey& key)
{
    const char* value = nullptr;
    if (item.findAndGetString(key, value).bad() || value == nullptr)
        return {};
    return QByteArray(value);
}

// Every TextValue anywhere below `item`.
void collectTextValues(DcmItem& item, QStringList& out)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->getTag() == DCM_TextValue) {
            OFString value;
            element->getOFStringArray(value);
            out << QString::fromUtf8(value.c_str());
        } else if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                collectTextValues(*sequence->getItem(k), out);
        }
    }
}

class DemoDiscTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        scanshield::dicom::ensureDcmtkReady();
        root_ = new QString(QDir(scanshield::test::makeTempDir()).filePath(QStringLiteral("disc")));
        QElapsedTimer timer;
        timer.start();
        result_ = new DemoDiscResult(writeDemoDisc(*root_));
        seconds_ = timer.elapsed() / 1000.0;
        headers_ = new std::map<QString, std::unique_ptr<DcmFileFormat>>();
        for (const QString& relative : filesUnder(*root_)) {
            if (relative.startsWith(QLatin1String("DICOM/")))
                (*headers_)[relative] = load(QDir(*root_).filePath(relative));
        }
    }
    static void TearDownTestSuite()
    {
        delete headers_;
        delete result_;
        delete root_;
    }

    static QString path(const QString& relative) { return QDir(*root_).filePath(relative); }

    // The DICOM files whose header matches `predicate`.
    template <typename Predicate>
    static std::vector<std::pair<QString, DcmDataset*>> datasets(Predicate predicate)
    {
        std::vector<std::pair<QString, DcmDataset*>> found;
        for (auto& [relative, file] : *headers_) {
            if (file && predicate(*file->getDataset()))
                found.emplace_back(relative, file->getDataset());
        }
        return found;
    }

    static QString* root_;
    static DemoDiscResult* result_;
    static double seconds_;
    static std::map<QString, std::unique_ptr<DcmFileFormat>>* headers_;
};

QString* DemoDiscTest::root_ = nullptr;
DemoDiscResult* DemoDiscTest::result_ = nullptr;
double DemoDiscTest::seconds_ = 0.0;
std::map<QString, std::unique_ptr<DcmFileFormat>>* DemoDiscTest::headers_ = nullptr;

TEST_F(DemoDiscTest, WritesAFullDiscQuickly)
{
    ASSERT_TRUE(result_->ok) << result_->error.toStdString();
    EXPECT_GE(result_->imageFiles, 100);
    EXPECT_EQ(result_->studyCount, 2);
    EXPECT_GE(result_->seriesCount, 4);
    EXPECT_LT(seconds_, 15.0) << "the demo disc should take a few seconds at most";
    std::printf("[ info     ] demo disc written in %.2f s\n", seconds_);
}

TEST_F(DemoDiscTest, EveryDicomFileLoadsAndHasPixelsOrIsTheReport)
{
    ASSERT_TRUE(result_->ok);
    int withPixels = 0;
    for (auto& [relative, file] : *headers_) {
        ASSERT_TRUE(file) << "DCMTK cannot read " << relative.toStdString();
        DcmDataset& ds = *file->getDataset();
        EXPECT_EQ(text(ds, DCM_PatientName), demoIdentity().patientName) << relative.toStdString();
        EXPECT_EQ(text(ds, DCM_PatientID), demoIdentity().patientId);
        EXPECT_EQ(text(ds, DCM_PatientBirthDate), demoIdentity().birthDate);
        EXPECT_EQ(text(*file->getMetaInfo(), DCM_MediaStorageSOPInstanceUID),
                  text(ds, DCM_SOPInstanceUID));
        EXPECT_TRUE(text(ds, DCM_SOPInstanceUID).startsWith(QLatin1String("2.25.")));
        if (ds.tagExists(DCM_PixelData))
            ++withPixels;
    }
    EXPECT_GE(withPixels, 100);
    EXPECT_EQ(withPixels, result_->imageFiles);
}

// Every value, nested ones included, fits its VR's format and length (DCMTK's own checker).
void collectBadValues(DcmItem& item, const QString& where, QStringList& bad)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement* element = item.getElement(i);
        if (element->ident() == EVR_SQ) {
            auto* sequence = static_cast<DcmSequenceOfItems*>(element);
            for (unsigned long k = 0; k < sequence->card(); ++k)
                collectBadValues(*sequence->getItem(k), where, bad);
        } else if (element->checkValue().bad()) {
            OFString value;
            element->getOFStringArray(value);
            bad << QStringLiteral("%1 %2 [%3]")
                       .arg(where, QString::fromLatin1(element->getTag().toString().c_str()),
                            QString::fromUtf8(value.c_str()));
        }
    }
}

TEST_F(DemoDiscTest, EveryValueFitsItsValueRepresentation)
{
    ASSERT_TRUE(result_->ok);
    QStringList bad;
    for (auto& [relative, file] : *headers_)
        collectBadValues(*file->getDataset(), relative, bad);
    const auto dicomDir = load(path(QStringLiteral("DICOMDIR")));
    ASSERT_TRUE(dicomDir);
    collectBadValues(*dicomDir->getDataset(), QStringLiteral("DICOMDIR"), bad);
    bad.removeDuplicates();
    EXPECT_TRUE(bad.isEmpty()) << bad.mid(0, 20).join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoDiscTest, DicomDirReferencesEveryFileWithTwoStudies)
{
    ASSERT_TRUE(result_->ok);
    const auto dicomDir = load(path(QStringLiteral("DICOMDIR")));
    ASSERT_TRUE(dicomDir) << "DICOMDIR does not load";
    EXPECT_EQ(text(*dicomDir->getMetaInfo(), DCM_MediaStorageSOPClassUID),
              QString::fromLatin1(UID_MediaStorageDirectoryStorage));
    DcmSequenceOfItems* records = nullptr;
    ASSERT_TRUE(
        dicomDir->getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).good());

    QSet<QString> referenced;
    std::map<QString, int> recordTypes;
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem* record = records->getItem(i);
        ++recordTypes[text(*record, DCM_DirectoryRecordType)];
        const QString fileId = text(*record, DCM_ReferencedFileID);
        if (!fileId.isEmpty())
            referenced.insert(fileId.split(QLatin1Char('\\')).join(QLatin1Char('/')));
    }
    QSet<QString> onDisc;
    for (const auto& entry : *headers_)
        onDisc.insert(entry.first);
    EXPECT_EQ(referenced, onDisc);
    EXPECT_EQ(recordTypes[QStringLiteral("PATIENT")], 1);
    EXPECT_EQ(recordTypes[QStringLiteral("STUDY")], 2);
    EXPECT_GE(recordTypes[QStringLiteral("SERIES")], 4);
    EXPECT_GE(recordTypes[QStringLiteral("IMAGE")], 100);
    EXPECT_EQ(recordTypes[QStringLiteral("SR DOCUMENT")], 1);
}

TEST_F(DemoDiscTest, NamesFollowTheCdConvention)
{
    ASSERT_TRUE(result_->ok);
    const QRegularExpression dicomComponent(QStringLiteral("^[A-Z0-9_]{1,8}$"));
    const QRegularExpression rootFile(QStringLiteral("^[A-Z0-9_]{1,8}(\\.[A-Z0-9_]{1,3})?$"));
    const QStringList files = filesUnder(*root_);
    EXPECT_TRUE(files.contains(QStringLiteral("DICOMDIR")));
    EXPECT_TRUE(files.contains(QStringLiteral("README.TXT")));
    for (const QString& relative : files) {
        const QStringList parts = relative.split(QLatin1Char('/'));
        if (parts.size() == 1) {
            EXPECT_TRUE(rootFile.match(relative).hasMatch()) << relative.toStdString();
            continue;
        }
        EXPECT_EQ(parts.first(), QStringLiteral("DICOM"));
        for (const QString& part : parts)
            EXPECT_TRUE(dicomComponent.match(part).hasMatch())
                << "not an 8-character upper-case name without extension: "
                << relative.toStdString();
    }
}

TEST_F(DemoDiscTest, HasAMultiFrameCineThatDcmtkDecodes)
{
    ASSERT_TRUE(result_->ok);
    const auto multiFrame = datasets([](DcmDataset& ds) {
        Sint32 frames = 0;
        return ds.findAndGetSint32(DCM_NumberOfFrames, frames).good() && frames >= 10;
    });
    ASSERT_FALSE(multiFrame.empty());
    DicomImage image(QFile::encodeName(path(multiFrame.front().first)).constData());
    ASSERT_EQ(image.getStatus(), EIS_Normal);
    EXPECT_GE(image.getFrameCount(), 10u);
}

TEST_F(DemoDiscTest, HasACompressedSeriesThatDcmtkDecodes)
{
    ASSERT_TRUE(result_->ok);
    int compressed = 0;
    for (auto& [relative, file] : *headers_) {
        const E_TransferSyntax xfer = file->getDataset()->getOriginalXfer();
        if (xfer != EXS_RLELossless && xfer != EXS_JPEGProcess14SV1)
            continue;
        ++compressed;
        DicomImage image(QFile::encodeName(path(relative)).constData());
        ASSERT_EQ(image.getStatus(), EIS_Normal) << relative.toStdString();
        const auto* pixels = static_cast<const Uint16*>(image.getOutputData(16));
        ASSERT_NE(pixels, nullptr);
        // A scout of a head: some pixels dark (air), a large part bright (the head).
        const unsigned long count = image.getWidth() * image.getHeight();
        const auto bright =
            std::count_if(pixels, pixels + count, [](Uint16 v) { return v > 20000; });
        EXPECT_GT(bright, static_cast<long>(count / 10)) << relative.toStdString();
        EXPECT_LT(bright, static_cast<long>(count * 9 / 10)) << relative.toStdString();
    }
    EXPECT_GE(compressed, 2);
}

// The head CT: geometry in LPS and a face on the anterior side, with a nose in the middle slice.
TEST_F(DemoDiscTest, HeadCtHasAFaceWithANose)
{
    ASSERT_TRUE(result_->ok);
    auto axial = datasets([](DcmDataset& ds) {
        return text(ds, DCM_Modality) == QLatin1String("CT")
               && text(ds, DCM_ImageType).contains(QLatin1String("AXIAL"));
    });
    ASSERT_GE(axial.size(), 90u);
    auto zOf = [](DcmDataset* ds) {
        Float64 z = 0;
        ds->findAndGetFloat64(DCM_ImagePositionPatient, z, 2);
        return z;
    };
    std::sort(axial.begin(), axial.end(),
              [&](const auto& a, const auto& b) { return zOf(a.second) < zOf(b.second); });
    for (std::size_t i = 1; i < axial.size(); ++i)
        EXPECT_NEAR(zOf(axial[i].second) - zOf(axial[i - 1].second), 2.0, 1e-6);

    DcmDataset& middle = *axial[axial.size() / 2].second;
    EXPECT_EQ(text(middle, DCM_ImageOrientationPatient), QStringLiteral("1\\0\\0\\0\\1\\0"));
    EXPECT_EQ(text(middle, DCM_PixelSpacing), QStringLiteral("1\\1"));
    Uint16 rows = 0, columns = 0;
    middle.findAndGetUint16(DCM_Rows, rows);
    middle.findAndGetUint16(DCM_Columns, columns);
    Float64 slope = 0, intercept = 0;
    middle.findAndGetFloat64(DCM_RescaleSlope, slope);
    middle.findAndGetFloat64(DCM_RescaleIntercept, intercept);
    const Uint16* stored = nullptr;
    unsigned long count = 0;
    ASSERT_TRUE(middle.findAndGetUint16Array(DCM_PixelData, stored, &count).good());
    ASSERT_EQ(count, static_cast<unsigned long>(rows) * columns);
    auto hu = [&](int r, int c) { return stored[r * columns + c] * slope + intercept; };

    // Skin extent on one row: first and last column above -500 HU, and how many runs.
    struct Span {
        int first = -1, last = -1, runs = 0;
        int width() const { return first < 0 ? 0 : last - first + 1; }
    };
    auto span = [&](int r) {
        Span s;
        bool inside = false;
        for (int c = 0; c < columns; ++c) {
            const bool skin = hu(r, c) > -500;
            if (skin && s.first < 0)
                s.first = c;
            if (skin)
                s.last = c;
            if (skin && !inside)
                ++s.runs;
            inside = skin;
        }
        return s;
    };
    int top = -1, bottom = -1;
    for (int r = 0; r < rows; ++r) {
        if (span(r).width() > 0) {
            if (top < 0)
                top = r;
            bottom = r;
        }
    }
    ASSERT_GE(top, 0) << "no skin in the middle slice";
    // With rows running toward posterior, the face (the nose) is at the top of the image.
    EXPECT_LT(top, rows / 4);
    // A nose: 10 mm behind its tip the skin is one narrow bump in the middle columns...
    const Span nose = span(top + 10);
    EXPECT_EQ(nose.runs, 1);
    EXPECT_LT(nose.width(), 40);
    EXPECT_NEAR((nose.first + nose.last) / 2.0, columns / 2.0, 15.0);
    // ...while 55 mm behind the tip the whole face is there, far wider than the nose,
    const Span face = span(top + 55);
    EXPECT_GT(face.width(), 95);
    EXPECT_GT(face.width(), 3 * nose.width());
    // and the back of the head is round: no such narrow bump 10 mm in front of its last row.
    EXPECT_GT(span(bottom - 10).width(), 60);
    // Outside is air, and there is a skull (bone above 700 HU) in the slice.
    EXPECT_LT(hu(0, 0), -900);
    int bone = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            bone += hu(r, c) > 700 ? 1 : 0;
    EXPECT_GT(bone, 300);
}

TEST_F(DemoDiscTest, UltrasoundImageHasTheNameBurnedIntoItsTopBand)
{
    ASSERT_TRUE(result_->ok);
    const auto burned = datasets([](DcmDataset& ds) {
        return text(ds, DCM_Modality) == QLatin1String("US") && !ds.tagExists(DCM_NumberOfFrames)
               && text(ds, DCM_BurnedInAnnotation) == QLatin1String("YES");
    });
    ASSERT_EQ(burned.size(), 1u);
    DcmDataset& ds = *burned.front().second;
    EXPECT_EQ(text(ds, DCM_PhotometricInterpretation), QStringLiteral("RGB"));
    Uint16 rows = 0, columns = 0;
    ds.findAndGetUint16(DCM_Rows, rows);
    ds.findAndGetUint16(DCM_Columns, columns);
    const Uint8* rgb = nullptr;
    unsigned long count = 0;
    ASSERT_TRUE(ds.findAndGetUint8Array(DCM_PixelData, rgb, &count).good());
    ASSERT_EQ(count, static_cast<unsigned long>(rows) * columns * 3);
    auto bright = [&](int x, int y) {
        const Uint8* p = rgb + (static_cast<std::size_t>(y) * columns + x) * 3;
        return p[0] > 200 && p[1] > 200 && p[2] > 200;
    };
    int brightInBand = 0;
    for (int y = 0; y < 60; ++y)
        for (int x = 0; x < columns; ++x)
            brightInBand += bright(x, y) ? 1 : 0;
    EXPECT_GT(brightInBand, 2000);
    EXPECT_LT(brightInBand, 60 * columns / 3);

    // The surname is legible: find it, glyph for glyph, at 3x scale somewhere in the band.
    const QString surname = demoIdentity().patientName.section(QLatin1Char('^'), 0, 0).toUpper();
    const int scale = 3;
    const int advance = scanshield::demo::kGlyphAdvance * scale;
    auto matchesAt = [&](int x0, int y0) {
        int agree = 0, total = 0;
        for (qsizetype i = 0; i < surname.size(); ++i)
            for (int gy = 0; gy < scanshield::demo::kGlyphHeight; ++gy)
                for (int gx = 0; gx < scanshield::demo::kGlyphWidth; ++gx) {
                    const int x = x0 + static_cast<int>(i) * advance + gx * scale + 1;
                    const int y = y0 + gy * scale + 1;
                    if (x >= columns || y >= rows)
                        return false;
                    ++total;
                    agree +=
                        bright(x, y) == scanshield::demo::glyphPixel(surname.at(i), gx, gy) ? 1 : 0;
                }
        return agree >= total * 98 / 100;
    };
    bool found = false;
    for (int y0 = 0; y0 < 40 && !found; ++y0)
        for (int x0 = 0; x0 < 80 && !found; ++x0)
            found = matchesAt(x0, y0);
    EXPECT_TRUE(found) << "the surname is not drawn legibly in the top band";
}

TEST_F(DemoDiscTest, StructuredReportNamesThePatientInItsContent)
{
    ASSERT_TRUE(result_->ok);
    const auto reports = datasets([](DcmDataset& ds) {
        const QString sopClass = text(ds, DCM_SOPClassUID);
        return sopClass == QLatin1String(UID_BasicTextSRStorage)
               || sopClass == QLatin1String(UID_EnhancedSRStorage);
    });
    ASSERT_EQ(reports.size(), 1u);
    DcmSequenceOfItems* content = nullptr;
    ASSERT_TRUE(reports.front().second->findAndGetSequence(DCM_ContentSequence, content).good());
    QStringList texts;
    for (unsigned long i = 0; i < content->card(); ++i)
        collectTextValues(*content->getItem(i), texts);
    EXPECT_GE(texts.size(), 2);
    EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(QLatin1String("Mustermann")));
    EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(QLatin1String("meningioma")));
}

TEST_F(DemoDiscTest, IdentifiersSitInNestedAndPrivatePlaces)
{
    ASSERT_TRUE(result_->ok);
    const auto ct =
        datasets([](DcmDataset& ds) { return text(ds, DCM_Modality) == QLatin1String("CT"); });
    ASSERT_FALSE(ct.empty());
    DcmDataset& ds = *ct.front().second;
    EXPECT_EQ(text(ds, DcmTagKey(0x0009, 0x0010)), QStringLiteral("FICTIONAL MEDICAL 1.0"));
    EXPECT_EQ(text(ds, DcmTagKey(0x0009, 0x1001)), demoIdentity().patientName);
    EXPECT_EQ(text(ds, DcmTagKey(0x0009, 0x1002)), demoIdentity().patientId);
    DcmElement* blob = nullptr;
    ASSERT_TRUE(ds.findAndGetElement(DcmTagKey(0x0009, 0x1003), blob).good());
    EXPECT_EQ(blob->getVR(), EVR_OB);

    DcmItem* other = nullptr;
    ASSERT_TRUE(ds.findAndGetSequenceItem(DCM_OtherPatientIDsSequence, other, 0).good());
    EXPECT_EQ(text(*other, DCM_PatientID), demoIdentity().otherPatientId);
    DcmItem* request = nullptr;
    ASSERT_TRUE(ds.findAndGetSequenceItem(DCM_RequestAttributesSequence, request, 0).good());
    EXPECT_FALSE(text(*request, DCM_RequestedProcedureID).isEmpty());
    EXPECT_TRUE(
        text(*request, DCM_ReasonForTheRequestedProcedure).contains(QLatin1String("Mustermann")));
    EXPECT_TRUE(ds.tagExists(DCM_ReferencedPatientSequence));
    EXPECT_EQ(text(ds, DCM_PatientAddress), demoIdentity().address);
    EXPECT_EQ(text(ds, DCM_PatientTelephoneNumbers), demoIdentity().phone);
    EXPECT_EQ(text(ds, DCM_AccessionNumber), demoIdentity().accessionNumber);
    EXPECT_EQ(text(ds, DCM_InstitutionName), demoIdentity().institution);
    EXPECT_EQ(text(ds, DCM_StationName), demoIdentity().stationName);
    EXPECT_EQ(text(ds, DCM_DeviceSerialNumber), demoIdentity().deviceSerial);
    EXPECT_EQ(text(ds, DCM_OperatorsName), demoIdentity().operatorName);
    EXPECT_EQ(text(ds, DCM_PerformingPhysicianName), demoIdentity().performingPhysician);
    EXPECT_TRUE(text(ds, DCM_ImageComments).contains(QLatin1String("Mustermann")));

    // The referring physician's umlaut: UTF-8 bytes in the CT study, Latin-1 in the US study.
    EXPECT_EQ(text(ds, DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 192"));
    EXPECT_EQ(rawText(ds, DCM_ReferringPhysicianName), demoIdentity().referringPhysician.toUtf8());
    const auto us =
        datasets([](DcmDataset& d) { return text(d, DCM_Modality) == QLatin1String("US"); });
    ASSERT_FALSE(us.empty());
    EXPECT_EQ(text(*us.front().second, DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 100"));
    EXPECT_EQ(rawText(*us.front().second, DCM_ReferringPhysicianName),
              demoIdentity().referringPhysician.toLatin1());
}

TEST_F(DemoDiscTest, TextFilesNameThePatient)
{
    ASSERT_TRUE(result_->ok);
    QFile readme(path(QStringLiteral("README.TXT")));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(readme.readAll());
    EXPECT_TRUE(content.contains(demoIdentity().patientNameReadable));
    EXPECT_TRUE(content.contains(QLatin1String("12.04.1961")));
}

TEST_F(DemoDiscTest, WritingTwiceGivesIdenticalBytes)
{
    ASSERT_TRUE(result_->ok);
    const QString second = QDir(scanshield::test::makeTempDir()).filePath(QStringLiteral("again"));
    const DemoDiscResult again = writeDemoDisc(second);
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    const QStringList first = filesUnder(*root_);
    ASSERT_EQ(first, filesUnder(second));
    for (const QString& relative : first) {
        QFile a(path(relative)), b(QDir(second).filePath(relative));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        EXPECT_TRUE(a.readAll() == b.readAll())
            << relative.toStdString() << " differs between runs";
    }
}

TEST(DemoDiscRefusal, RefusesANonEmptyFolderAndTouchesNothing)
{
    const QString dir = scanshield::test::makeTempDir();
    QFile mine(QDir(dir).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("my own file");
    mine.close();

    const DemoDiscResult result = writeDemoDisc(dir);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QLatin1String("not empty"))) << result.error.toStdString();
    EXPECT_EQ(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("notes.txt")});
}

TEST(DemoDiscRefusal, RefusesAFileInPlaceOfAFolder)
{
    const QString file = QDir(scanshield::test::makeTempDir()).filePath(QStringLiteral("plain"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const DemoDiscResult result = writeDemoDisc(file);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
}

} // namespace
