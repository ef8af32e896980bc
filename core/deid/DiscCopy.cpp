#include "deid/DiscCopy.h"

#include "deid/DatasetAnonymizer.h"
#include "deid/DicomDirWriter.h"
#include "deid/PixelCleaner.h"
#include "media/DiscDicom.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"
#include "volume/DefaceDicom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include "exposure/IdentityTokens.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace scanshield::deid {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "DiscCopier" (docs/ARCHITECTURE.md, "Translations").
class DiscCopierText {
    Q_DECLARE_TR_FUNCTIONS(DiscCopier)
};

// A file name a DICOMDIR accepts: up to 8 upper-case letters or digits per component.
QString cdPath(int study, int series, int instance)
{
    return QStringLiteral("DICOM/ST%1/SE%2/IM%3")
        .arg(study, 6, 10, QLatin1Char('0'))
        .arg(series, 6, 10, QLatin1Char('0'))
        .arg(instance, 6, 10, QLatin1Char('0'));
}

// DCMTK writes what it read: from a damaged original that can be a file whose lengths do not
// add up, which no reader takes whole (tests/fuzz/fuzz_anonymize_file found one whose sequence
// ran past the end of the written file). Such a file does not go into the copy. Empty when
// the written file reads back (the fast walker; what it leaves to DCMTK is DCMTK's own writing).
QString damageIn(const QString& writtenPath)
{
    media::RandomAccessBytes written(writtenPath);
    const media::HeaderResult readBack = media::parseHeaderFast(written);
    if (readBack.outcome == media::HeaderOutcome::Ok || readBack.outcome == media::HeaderOutcome::Unsupported)
        return {};
    return readBack.detail.isEmpty() ? QStringLiteral("the written file does not read back") : readBack.detail;
}

// Saved under a temporary name and renamed when complete; in the original transfer syntax,
// or uncompressed (lossless) when the pixels were changed.
bool saveCopy(DcmFileFormat& file, const QString& finalPath, bool uncompressed, QString* error)
{
    const QString temporary = finalPath + QStringLiteral(".part");
    // The meta header is rewritten from the dataset: its SOP Instance UID is the new one.
    const OFCondition saved = file.saveFile(QFile::encodeName(temporary).constData(),
                                            uncompressed ? EXS_LittleEndianExplicit : EXS_Unknown, EET_ExplicitLength,
                                            EGL_recalcGL, EPD_noChange, 0, 0, EWM_updateMeta);
    if (saved.bad()) {
        QFile::remove(temporary);
        *error = QString::fromLatin1(saved.text());
        return false;
    }
    if (const QString damage = damageIn(temporary); !damage.isEmpty()) {
        QFile::remove(temporary);
        *error = damage;
        return false;
    }
    if (!QFile::rename(temporary, finalPath)) {
        QFile::remove(temporary);
        *error = DiscCopierText::tr("could not be renamed into place");
        return false;
    }
    return true;
}

bool writeReadme(const QString& root, const DatasetAnonymizer& anonymizer, int files, int otherFiles, QString* error)
{
    QSaveFile readme(QDir(root).filePath(QStringLiteral("README.TXT")));
    if (!readme.open(QIODevice::WriteOnly)) {
        *error = readme.errorString();
        return false;
    }
    const DeidOptions& options = anonymizer.options();
    QString text;
    text += DiscCopierText::tr("This disc is an anonymized copy, made with ScanShield on the patient's own computer.\n\n");
    text += DiscCopierText::tr("It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other "
                               "details that identify the patient were removed or replaced, as the DICOM standard's Basic "
                               "Application Level Confidentiality Profile says (PS3.15 Annex E).\n").arg(files);
    if (options.dates == DateHandling::ShiftDates)
        text += DiscCopierText::tr("All dates were moved by the same number of days, so the time between scans is kept.\n");
    if (options.cleanRecognizableVisualFeatures)
        text += DiscCopierText::tr("The face was cut away from the 3D scans of the head (defaced), so that no picture of it can be rebuilt.\n");
    text += DiscCopierText::tr("The reference numbers (UIDs) were replaced consistently, so the images still belong together.\n");
    text += DiscCopierText::tr("Vendor-specific private data was removed.\n");
    if (otherFiles > 0)
        text += DiscCopierText::tr("The folder OTHER holds %1 files from the original disc that are not medical images, copied "
                                   "unchanged because they were chosen.\n").arg(otherFiles);
    text += DiscCopierText::tr("De-identification codes (DICOM CID 7050): %1.\n").arg(anonymizer.options().methodCodes().join(QStringLiteral(", ")));
    readme.write(text.toUtf8());
    if (!readme.commit()) {
        *error = readme.errorString();
        return false;
    }
    return true;
}

// One DICOM file of the disc and its place in the copy.
struct PlannedFile {
    const media::IndexedInstance* instance = nullptr;
    const media::SeriesEntry* series = nullptr;
    QString relative; // DICOM/ST.../SE.../IM...
};

// What became of one planned file.
struct FileOutcome {
    std::optional<DicomDirEntry> entry; // written
    QString notCopied;                  // "path: reason" otherwise
    bool pixelsCleaned = false;
    bool defaced = false;
};

// The DICOM files of the copy, numbered in the index's order with the series left out
// skipped, so that the copy reads like a disc of its own.
std::vector<PlannedFile> planFiles(const media::DiscIndex& index, const CopySelection& selection)
{
    std::vector<PlannedFile> planned;
    int studyNumber = 0;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies) {
            int seriesNumber = 0;
            for (const media::SeriesEntry& r : s.series) {
                if (!selection.includes(r))
                    continue;
                if (seriesNumber == 0)
                    ++studyNumber;
                ++seriesNumber;
                int instanceNumber = 0;
                for (const media::IndexedInstance& instance : r.instances)
                    planned.push_back({&instance, &r, cdPath(studyNumber, seriesNumber, ++instanceNumber)});
            }
        }
    return planned;
}

// A name for a picked file outside DICOM in the copy's OTHER folder: its own name, unless the
// name itself says who the patient is ("SMITH_JOHN.pdf"); then a neutral one.
QString otherFileName(const QString& discPath, int number, const exposure::IdentityTokens& patient)
{
    const QFileInfo info(discPath);
    if (patient.mentionsIn(info.completeBaseName()).isEmpty() && !info.fileName().startsWith(QLatin1Char('.')))
        return info.fileName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return QStringLiteral("FILE%1").arg(number, 4, 10, QLatin1Char('0')) + suffix;
}

} // namespace

DiscCopier::DiscCopier(const exposure::AttributeCatalogue& catalogue, DeidOptions options)
    : m_catalogue(catalogue), m_options(std::move(options))
{
}

CopyResult DiscCopier::copy(const media::DiscIndex& index, media::DiscSource& source, const QString& outputDir,
                            const exposure::IdentityTokens& patient) const
{
    CopyResult result;
    const QFileInfo output(outputDir);
    if (output.exists() && (!output.isDir() || !QDir(outputDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        result.error = DiscCopierText::tr("The copy needs a new or empty folder; %1 already holds files.").arg(QDir::toNativeSeparators(outputDir));
        return result;
    }
    // The working folder sits next to the output, on the same file system, so the final move
    // is a rename; its name says what it is if it is ever left behind by a crash.
    const QString working = output.absoluteDir().filePath(QStringLiteral(".%1.scanshield-unfinished").arg(output.fileName()));
    QDir(working).removeRecursively();
    if (!QDir().mkpath(working)) {
        result.error = DiscCopierText::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(working));
        return result;
    }
    const auto giveUp = [&](const QString& error) {
        QDir(working).removeRecursively();
        result.error = error;
        return result;
    };

    const std::vector<PlannedFile> planned = planFiles(index, m_selection);
    const DatasetAnonymizer anonymizer(m_catalogue, m_options, &patient);
    std::mutex sourceLock;
    const auto copyOne = [&](const PlannedFile& file) {
        FileOutcome outcome;
        const QString& path = file.instance->path;
        dicom::LoadedDicom loaded;
        if (source.isArchive()) {
            // An archive has one reader; the rest of the work still runs side by side.
            const std::lock_guard lock(sourceLock);
            loaded = media::loadDicomFromDisc(source, path);
        } else {
            loaded = media::loadDicomFromDisc(source, path);
        }
        if (!loaded.file) {
            outcome.notCopied = DiscCopierText::tr("%1: could not be read").arg(path);
            return outcome;
        }
        DcmDataset& dataset = *loaded.file->getDataset();
        const auto boxes = m_textBoxes.constFind(path);
        const bool cleanPixels = m_options.cleanPixelData && boxes != m_textBoxes.constEnd();
        QString error;
        if (cleanPixels && !blackOutText(dataset, *boxes, &error)) {
            // Better left out than copied with the patient's name in its pixels.
            outcome.notCopied = DiscCopierText::tr("%1: text burned into it could not be blacked out (%2)").arg(path, error);
            return outcome;
        }
        const auto plane = m_defacePlanes.constFind(file.series->uid);
        const bool deface = m_options.cleanRecognizableVisualFeatures && plane != m_defacePlanes.constEnd();
        std::size_t defacedPixels = 0;
        if (deface) {
            if (!volume::defaceDataset(dataset, *plane, &error, &defacedPixels)) {
                // Better left out than copied with the face in it.
                outcome.notCopied = DiscCopierText::tr("%1: the face could not be removed from it (%2)").arg(path, error);
                return outcome;
            }
            // PS3.3 C.7.6.1.1.2: the pixels no longer show recognizable features.
            dataset.putAndInsertString(DCM_RecognizableVisualFeatures, "NO");
        }
        anonymizer.anonymize(dataset);
        anonymizer.markDeidentified(dataset);
        if (loaded.file->getMetaInfo())
            anonymizer.anonymizeMetaHeader(*loaded.file->getMetaInfo());
        const QString target = QDir(working).filePath(file.relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        // Changed pixels are saved uncompressed (lossless); a slice wholly behind the cut keeps
        // its own transfer syntax.
        if (!saveCopy(*loaded.file, target, cleanPixels || defacedPixels > 0, &error)) {
            outcome.notCopied = DiscCopierText::tr("%1: could not be written (%2)").arg(path, error);
            return outcome;
        }
        DicomDirEntry entry = DicomDirEntry::fromDataset(dataset);
        entry.fileId = file.relative;
        OFString transferSyntax;
        loaded.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, transferSyntax);
        entry.transferSyntaxUid = QString::fromLatin1(transferSyntax.c_str());
        outcome.entry = std::move(entry);
        outcome.pixelsCleaned = cleanPixels;
        outcome.defaced = deface;
        return outcome;
    };

    // Each thread takes the next file nobody has taken; the outcomes keep the planned order,
    // so the DICOMDIR does not depend on which thread was faster.
    std::vector<FileOutcome> outcomes(planned.size());
    std::atomic_size_t next{0};
    std::atomic_bool stopped{false};
    std::mutex progressLock;
    int done = 0;
    const int total = int(planned.size());
    const auto work = [&] {
        for (std::size_t i = next++; i < planned.size(); i = next++) {
            if (m_cancel && m_cancel->load()) {
                stopped = true;
                return;
            }
            outcomes[i] = copyOne(planned[i]);
            if (m_progress) {
                const std::lock_guard lock(progressLock);
                m_progress(++done, total);
            }
        }
    };
    const int threads = std::clamp(m_threads > 0 ? m_threads : QThread::idealThreadCount(), 1, 4);
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min(threads, total); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& helper : helpers)
        helper.join();
    if (stopped) {
        result.cancelled = true;
        return giveUp(DiscCopierText::tr("The copy was stopped; nothing was kept."));
    }

    QList<DicomDirEntry> written;
    for (FileOutcome& outcome : outcomes) {
        if (outcome.entry) {
            written << std::move(*outcome.entry);
            result.picturesCleaned += outcome.pixelsCleaned ? 1 : 0;
            result.picturesDefaced += outcome.defaced ? 1 : 0;
        } else {
            result.notCopied << outcome.notCopied;
        }
    }

    // The files outside DICOM the person picked, unchanged. Only files the index knows: a
    // path can never point outside the disc.
    QSet<QString> known;
    for (const media::OtherFile& other : index.otherFiles)
        known.insert(other.path);
    for (const QString& path : m_selection.otherFiles) {
        if (!known.contains(path)) {
            result.notCopied << DiscCopierText::tr("%1: not a file of this disc").arg(path);
            continue;
        }
        QString error;
        const std::optional<QByteArray> bytes = source.readFile(path, error);
        const QString target = QDir(working).filePath(QStringLiteral("OTHER/") +
                                                      otherFileName(path, result.otherFilesWritten + 1, patient));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile file(target);
        if (!bytes || QFileInfo::exists(target) || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
            !file.commit()) {
            result.notCopied << DiscCopierText::tr("%1: could not be copied (%2)").arg(path, bytes ? file.errorString() : error);
            continue;
        }
        ++result.otherFilesWritten;
    }

    QString error;
    if (!written.isEmpty() && !writeDicomDir(QDir(working).filePath(QStringLiteral("DICOMDIR")), written, &error))
        return giveUp(error);
    if (!writeReadme(working, anonymizer, int(written.size()), result.otherFilesWritten, &error))
        return giveUp(DiscCopierText::tr("The README of the copy could not be written: %1").arg(error));
    if (output.exists())
        QDir(outputDir).removeRecursively(); // empty, checked above
    if (!QDir().rename(working, outputDir))
        return giveUp(DiscCopierText::tr("The finished copy could not be moved to %1.").arg(QDir::toNativeSeparators(outputDir)));
    result.written = true;
    result.filesWritten = int(written.size());
    return result;
}

} // namespace scanshield::deid
