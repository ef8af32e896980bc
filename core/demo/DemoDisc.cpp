// The demo disc: who the fictional patient is, which studies and series the disc holds, and
// the order of writing (images first, DICOMDIR and text files last), with clean-up on failure
// so that a broken run never leaves something that looks like a complete disc.

#include "demo/DemoDisc.h"

#include "demo/DemoDataset.h"
#include "demo/DemoDiscFiles.h"
#include "demo/DemoDiscText.h"
#include "demo/DemoSeriesWriters.h"
#include "demo/HeadPhantom.h"
#include "dicom/DcmtkSetup.h"

#include <QDir>
#include <QFileInfo>

#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <functional>
#include <iterator>
#include <mutex>

namespace scanshield::demo {

const DemoIdentity& demoIdentity()
{
    // Invented in every detail: the German placeholder name "Erika Mustermann", a street and
    // town that exist only as examples, and a 555-01xx telephone number reserved for fiction.
    static const DemoIdentity identity{
        QStringLiteral("Mustermann^Erika^Anne"),
        QStringLiteral("Erika Anne Mustermann"),
        QStringLiteral("PID0815-4711"),
        QStringLiteral("19610412"),
        QStringLiteral("INS-A123456789"),
        QStringLiteral("Musterstrasse 12, 12345 Beispielstadt"),
        QStringLiteral("555-0142"),
        QStringLiteral("ACC23031401"),
        QStringLiteral("Fictional General Hospital"),
        QStringLiteral("M\u00fcller^J\u00fcrgen^^Dr."),
        QStringLiteral("Schmidt^Petra^^Dr."),
        QStringLiteral("Weber^Tom"),
        QStringLiteral("FICT-CT-01"),
        QStringLiteral("SN-555-0199"),
    };
    return identity;
}

namespace {

using namespace detail;

void registerEncoders()
{
    // The decoders are registered by ensureDcmtkReady; only the demo disc ever encodes.
    static std::once_flag once;
    std::call_once(once, [] { DcmRLEEncoderRegistration::registerCodecs(); });
}

// Removes what this run put into `root`. `createdRoot` says whether the folder itself is ours.
void removeOutput(const QString& root, bool createdRoot)
{
    QDir dir(root);
    if (createdRoot) {
        dir.removeRecursively();
        return;
    }
    // The folder was empty when we started, so everything in it now is ours.
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

DemoDiscResult failure(const QString& error)
{
    DemoDiscResult result;
    result.error = error;
    return result;
}

// Writes everything; returns an empty string or the first failure.
QString writeContents(const QString& root, DemoDiscResult& result)
{
    // Study 1: a head CT in March, UTF-8, with scouts, axial images and a report.
    StudyPlan ct;
    ct.number = 1;
    ct.date = QStringLiteral("20230314");
    ct.time = QStringLiteral("101500");
    ct.description = QStringLiteral("CT Kopf nativ");
    ct.accessionNumber = demoIdentity().accessionNumber;
    ct.requestedProcedureId = QStringLiteral("RP-0815-01");
    ct.reasonForRequest =
        QStringLiteral("Headaches for 2 weeks, pt. Erika Mustermann, please call 555-0142");
    ct.patientAge = QStringLiteral("061Y");
    ct.charset = Charset::Utf8;

    // Study 2: an ultrasound of the neck in September, Latin-1.
    StudyPlan us;
    us.number = 2;
    us.date = QStringLiteral("20230905");
    us.time = QStringLiteral("142800");
    us.description = QStringLiteral("US Hals / Schilddruese");
    us.accessionNumber = QStringLiteral("ACC23090577");
    us.requestedProcedureId = QStringLiteral("RP-0815-02");
    us.reasonForRequest = QStringLiteral("Thyroid nodule follow-up (Mustermann, E.)");
    us.patientAge = QStringLiteral("062Y");
    us.charset = Charset::Latin1;

    auto plan = [](const StudyPlan& study, int number, const char* modality,
                   const char* description, const char* bodyPart, const char* time,
                   const char* sopClass, const char* station, const char* model) {
        SeriesPlan s;
        s.study = &study;
        s.number = number;
        s.modality = QString::fromLatin1(modality);
        s.description = QString::fromLatin1(description);
        s.bodyPart = QString::fromLatin1(bodyPart);
        s.time = QString::fromLatin1(time);
        s.sopClassUid = QString::fromLatin1(sopClass);
        s.stationName = QString::fromLatin1(station);
        s.manufacturerModel = QString::fromLatin1(model);
        return s;
    };
    const QByteArray ctStation = demoIdentity().stationName.toLatin1();
    const SeriesPlan scouts = plan(ct, 1, "CT", "Topogramm", "HEAD", "101812", UID_CTImageStorage,
                                   ctStation.constData(), "Imaginex CT 64");
    const SeriesPlan axial = plan(ct, 2, "CT", "Kopf 2.0 H31s", "HEAD", "101955",
                                  UID_CTImageStorage, ctStation.constData(), "Imaginex CT 64");
    const SeriesPlan report = plan(ct, 3, "SR", "Befund CT Kopf", "HEAD", "161200",
                                   UID_BasicTextSRStorage, ctStation.constData(), "Imaginex RIS");
    const SeriesPlan usImage = plan(us, 1, "US", "Schilddruese rechts", "NECK", "143104",
                                    UID_UltrasoundImageStorage, "FICT-US-02", "SonoFict 7");
    const SeriesPlan usCine =
        plan(us, 2, "US", "Cine A. carotis - Mustermann E", "NECK", "143522",
             UID_UltrasoundMultiframeImageStorage, "FICT-US-02", "SonoFict 7");

    WrittenFiles written;
    const HeadVolume head = makeHeadVolume();
    // One step per series, run in order; the first failure stops the run.
    const std::function<QString()> steps[] = {
        [&] { return writeCtLocalizers(head, scouts, root, written); },
        [&] { return writeCtAxialSeries(head, axial, root, written); },
        [&] { return writeHeadCtReport(report, axial, head.slices, root, written); },
        [&] { return writeUltrasoundImage(usImage, root, written); },
        [&] { return writeUltrasoundCine(usCine, root, written); },
    };
    for (const auto& step : steps) {
        if (QString error = step(); !error.isEmpty())
            return error;
    }

    // The index last: a disc without its DICOMDIR is visibly unfinished.
    if (QString error = writeDicomDir(root, written.imagePaths + written.otherPaths);
        !error.isEmpty())
        return error;
    QStringList textFiles;
    if (QString error = writeDiscTextFiles(root, textFiles); !error.isEmpty())
        return error;

    result.imageFiles = static_cast<int>(written.imagePaths.size());
    result.seriesCount = static_cast<int>(std::size(steps));
    result.studyCount = 2; // ct and us
    return {};
}

} // namespace

DemoDiscResult writeDemoDisc(const QString& outputDir)
{
    if (outputDir.isEmpty())
        return failure(DemoDiscText::tr("No folder was given for the demo disc."));
    const QFileInfo info(outputDir);
    bool createdRoot = false;
    if (info.exists()) {
        if (!info.isDir())
            return failure(
                QStringLiteral(
                    "%1 is a file, not a folder. Choose an empty folder for the demo disc.")
                    .arg(QDir::toNativeSeparators(outputDir)));
        const QDir dir(outputDir);
        if (!dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .isEmpty())
            return failure(
                QStringLiteral("The folder %1 is not empty. The demo disc is only written into an "
                               "empty folder, so that nothing of yours is overwritten.")
                    .arg(QDir::toNativeSeparators(outputDir)));
    } else {
        if (!QDir().mkpath(outputDir))
            return failure(DemoDiscText::tr("Could not create the folder %1.")
                               .arg(QDir::toNativeSeparators(outputDir)));
        createdRoot = true;
    }

    dicom::ensureDcmtkReady();
    registerEncoders();

    const QString root = QFileInfo(outputDir).absoluteFilePath();
    DemoDiscResult result;
    const QString error = writeContents(root, result);
    if (!error.isEmpty()) {
        removeOutput(root, createdRoot);
        return failure(error);
    }
    result.ok = true;
    return result;
}

} // namespace scanshield::demo
