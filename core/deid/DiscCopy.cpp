#include "deid/DiscCopy.h"

#include "deid/DatasetAnonymizer.h"
#include "deid/DicomDirWriter.h"
#include "deid/PixelCleaner.h"
#include "media/DiscDicom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace scanshield::deid {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DiscCopier", text);
}

// A file name a DICOMDIR accepts: up to 8 upper-case letters or digits per component.
QString cdPath(int study, int series, int instance)
{
    return QStringLiteral("DICOM/ST%1/SE%2/IM%3")
        .arg(study, 6, 10, QLatin1Char('0'))
        .arg(series, 6, 10, QLatin1Char('0'))
        .arg(instance, 6, 10, QLatin1Char('0'));
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
    if (!QFile::rename(temporary, finalPath)) {
        QFile::remove(temporary);
        *error = tr("could not be renamed into place");
        return false;
    }
    return true;
}

bool writeReadme(const QString& root, const DatasetAnonymizer& anonymizer, int files, QString* error)
{
    QSaveFile readme(QDir(root).filePath(QStringLiteral("README.TXT")));
    if (!readme.open(QIODevice::WriteOnly)) {
        *error = readme.errorString();
        return false;
    }
    const DeidOptions& options = anonymizer.options();
    QString text;
    text += tr("This disc is an anonymized copy, made with ScanShield on the patient's own computer.\n\n");
    text += tr("It holds %1 images and documents. Names, ID numbers, addresses, the hospital, the doctors and other "
               "details that identify the patient were removed or replaced, as the DICOM standard's Basic "
               "Application Level Confidentiality Profile says (PS3.15 Annex E).\n").arg(files);
    if (options.dates == DateHandling::ShiftDates)
        text += tr("All dates were moved by the same number of days, so the time between scans is kept.\n");
    text += tr("The reference numbers (UIDs) were replaced consistently, so the images still belong together.\n");
    text += tr("Vendor-specific private data was removed.\n");
    text += tr("De-identification codes (DICOM CID 7050): %1.\n").arg(anonymizer.options().methodCodes().join(QStringLiteral(", ")));
    readme.write(text.toUtf8());
    if (!readme.commit()) {
        *error = readme.errorString();
        return false;
    }
    return true;
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
        result.error = tr("The copy needs a new or empty folder; %1 already holds files.").arg(QDir::toNativeSeparators(outputDir));
        return result;
    }
    // The working folder sits next to the output, on the same file system, so the final move
    // is a rename; its name says what it is if it is ever left behind by a crash.
    const QString working = output.absoluteDir().filePath(QStringLiteral(".%1.scanshield-unfinished").arg(output.fileName()));
    QDir(working).removeRecursively();
    if (!QDir().mkpath(working)) {
        result.error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(working));
        return result;
    }
    const auto giveUp = [&](const QString& error) {
        QDir(working).removeRecursively();
        result.error = error;
        return result;
    };

    const DatasetAnonymizer anonymizer(m_catalogue, m_options, &patient);
    const int total = index.instancesTotal();
    QList<DicomDirEntry> written;
    int done = 0;
    int studyNumber = 0;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies) {
            ++studyNumber;
            int seriesNumber = 0;
            for (const media::SeriesEntry& r : s.series) {
                ++seriesNumber;
                int instanceNumber = 0;
                for (const media::IndexedInstance& instance : r.instances) {
                    if (m_cancel && m_cancel->load()) {
                        result.cancelled = true;
                        return giveUp(tr("The copy was stopped; nothing was kept."));
                    }
                    const QString relative = cdPath(studyNumber, seriesNumber, ++instanceNumber);
                    dicom::LoadedDicom loaded = media::loadDicomFromDisc(source, instance.path);
                    QString error;
                    if (!loaded.file) {
                        result.notCopied << tr("%1: could not be read").arg(instance.path);
                    } else {
                        DcmDataset& dataset = *loaded.file->getDataset();
                        const auto boxes = m_textBoxes.constFind(instance.path);
                        const bool cleanPixels = m_options.cleanPixelData && boxes != m_textBoxes.constEnd();
                        if (cleanPixels && !blackOutText(dataset, *boxes, &error)) {
                            // Better left out than copied with the patient's name in its pixels.
                            result.notCopied << tr("%1: text burned into it could not be blacked out (%2)").arg(instance.path, error);
                        } else {
                            anonymizer.anonymize(dataset);
                            anonymizer.markDeidentified(dataset);
                            if (loaded.file->getMetaInfo())
                                anonymizer.anonymizeMetaHeader(*loaded.file->getMetaInfo());
                            const QString target = QDir(working).filePath(relative);
                            QDir().mkpath(QFileInfo(target).absolutePath());
                            if (saveCopy(*loaded.file, target, cleanPixels, &error)) {
                                DicomDirEntry entry = DicomDirEntry::fromDataset(dataset);
                                entry.fileId = relative;
                                OFString transferSyntax;
                                loaded.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, transferSyntax);
                                entry.transferSyntaxUid = QString::fromLatin1(transferSyntax.c_str());
                                written << entry;
                                result.picturesCleaned += cleanPixels ? 1 : 0;
                            } else {
                                result.notCopied << tr("%1: could not be written (%2)").arg(instance.path, error);
                            }
                        }
                    }
                    if (m_progress)
                        m_progress(++done, total);
                }
            }
        }
    QString error;
    if (!written.isEmpty() && !writeDicomDir(QDir(working).filePath(QStringLiteral("DICOMDIR")), written, &error))
        return giveUp(error);
    if (!writeReadme(working, anonymizer, int(written.size()), &error))
        return giveUp(tr("The README of the copy could not be written: %1").arg(error));
    if (output.exists())
        QDir(outputDir).removeRecursively(); // empty, checked above
    if (!QDir().rename(working, outputDir))
        return giveUp(tr("The finished copy could not be moved to %1.").arg(QDir::toNativeSeparators(outputDir)));
    result.written = true;
    result.filesWritten = int(written.size());
    return result;
}

} // namespace scanshield::deid
