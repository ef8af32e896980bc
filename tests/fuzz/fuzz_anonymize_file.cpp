// Anonymizing one file, as the safe copy does: the file is indexed, copied by DiscCopier
// (DCMTK reads it, burned-in text blacked out, the profile applied, the file written, a new
// DICOMDIR and README), and previewed attribute by attribute as the wizard shows it. The
// options vary with the input (its size picks one of four sets), so every column of the
// standard's table is met. Dates and new UIDs are fixed: a run is repeatable.
//
// Promise checked besides crashes, leaks and undefined behaviour: every file the copier says
// it wrote is read back by our own header reader as DICOM, and the copy's DICOMDIR names it.
#include "FuzzSupport.h"

#include "deid/AnonymizationPreview.h"
#include "deid/DatasetAnonymizer.h"
#include "deid/DiscCopy.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/IdentityTokens.h"
#include "media/DicomDirReader.h"
#include "media/DiscDicom.h"
#include "media/DiscScanner.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <QFileInfo>

#include <cstdint>

using namespace scanshield;

namespace {

deid::DeidOptions optionsFor(std::size_t size)
{
    deid::DeidOptions options = deid::DeidOptions::patientDefault();
    options.dateShiftDays = -500;
    options.uidSecret = QByteArrayLiteral("fuzzing secret, fixed so runs repeat");
    switch (size % 4) {
    case 0: break; // what a patient gets
    case 1:
        options.dates = deid::DateHandling::BasicProfile;
        options.cleanDescriptors = false;
        options.cleanPixelData = false;
        break;
    case 2:
        options.dates = deid::DateHandling::RetainFullDates;
        options.retainPatientCharacteristics = options.retainDeviceIdentity = true;
        options.retainInstitutionIdentity = options.retainUids = true;
        break;
    default:
        options.cleanStructuredContent = options.cleanGraphics = true;
        break;
    }
    return options;
}

// Boxes in the corners and the middle, partly outside small pictures on purpose.
QList<QRect> textBoxesFor(const media::InstanceHeader& header)
{
    return {QRect(0, 0, 24, 12), QRect(header.columns - 10, header.rows - 10, 40, 40),
            QRect(header.columns / 2, header.rows / 2, 8, 8)};
}

// The wizard's preview of a file of the disc, loaded as the wizard loads it.
void preview(media::DiscSource& source, const QString& path, const deid::DatasetAnonymizer& anonymizer)
{
    const dicom::LoadedDicom loaded = media::loadDicomFromDisc(source, path);
    if (loaded.file && loaded.file->getDataset())
        deid::previewAnonymization(*loaded.file->getDataset(), anonymizer, exposure::AttributeCatalogue::embedded());
}

void expectCopyReadable(const QString& copy, int filesWritten)
{
    int dicomFiles = 0;
    QDirIterator it(QDir(copy).filePath(QStringLiteral("DICOM")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        media::RandomAccessBytes bytes(it.next());
        const media::HeaderOutcome outcome = media::parseHeaderFast(bytes).outcome;
        fuzz::expectPromise(outcome == media::HeaderOutcome::Ok || outcome == media::HeaderOutcome::Unsupported,
                            "a file of the copy is read back as DICOM");
        ++dicomFiles;
    }
    fuzz::expectPromise(dicomFiles == filesWritten, "the copy holds the files it says it wrote");
    if (filesWritten == 0)
        return; // an empty copy has no DICOMDIR
    QFile dicomDir(QDir(copy).filePath(QStringLiteral("DICOMDIR")));
    fuzz::expectPromise(dicomDir.open(QIODevice::ReadOnly), "the copy has a DICOMDIR");
    const media::DicomDirContents contents = media::readDicomDir(dicomDir.readAll());
    fuzz::expectPromise(contents.readable && contents.referencedFiles.size() == filesWritten,
                        "the copy's DICOMDIR names every file written");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::prepareProcess();
    const QByteArray input = fuzz::bytesOf(data, size);
    const QString disc = QFileInfo(fuzz::writeInput(input, QStringLiteral("IM000001"))).absolutePath();
    const QString copy = fuzz::freshWorkFolder(QStringLiteral("copy"));

    const media::ScanResult scan = media::DiscScanner().scan(disc);
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(disc, error);
    if (!scan.opened || !source)
        return 0;
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(scan.index);
    const deid::DeidOptions options = optionsFor(size);

    deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
    copier.setThreadCount(1);
    QHash<QString, QList<QRect>> boxes;
    QStringList instances;
    for (const media::PatientEntry& p : scan.index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                for (const media::IndexedInstance& i : r.instances) {
                    instances.append(i.path);
                    if (i.header.isImage())
                        boxes.insert(i.path, textBoxesFor(i.header));
                }
    copier.setTextToBlackOut(boxes);
    const deid::CopyResult copied = copier.copy(scan.index, *source, copy, patient);
    if (copied.written)
        expectCopyReadable(copy, copied.filesWritten);

    const deid::DatasetAnonymizer anonymizer(exposure::AttributeCatalogue::embedded(), options, &patient);
    for (const QString& path : instances)
        preview(*source, path, anonymizer);
    return 0;
}
