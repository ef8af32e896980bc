#pragma once

#include "deid/DeidOptions.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "volume/Defacer.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace scanshield::exposure {
class AttributeCatalogue;
class IdentityTokens;
} // namespace scanshield::exposure

namespace scanshield::deid {

// What of the disc goes into the copy: every series unless left out, and of the files outside
// DICOM only those the person picked after seeing what they hold (they are copied as they
// are, into OTHER/, and the check of the copy reads them like any other file).
struct CopySelection {
    QSet<QString> seriesLeftOut; // Series Instance UIDs
    QStringList otherFiles;      // disc paths, from DiscIndex::otherFiles

    bool includes(const media::SeriesEntry& series) const { return !seriesLeftOut.contains(series.uid); }
};

struct CopyResult {
    bool written = false;      // the copy is complete in outputDir
    bool cancelled = false;
    QString error;             // for a person, when not written
    int filesWritten = 0;      // DICOM files, the DICOMDIR and the README not counted
    int otherFilesWritten = 0; // files outside DICOM the person picked
    int picturesCleaned = 0;   // files whose burned-in text was blacked out
    int picturesDefaced = 0;   // files of the series whose face was cut away
    QStringList notCopied;     // "path: reason" for files that could not go through
};

// Writes an anonymized copy of a disc into a new folder as a complete disc: the files in CD
// layout (DICOM/ST000001/SE000001/IM000001), a new DICOMDIR (DicomDirWriter.h, never the
// original's), and a README.TXT saying what was done.
//
// The original is only read. Everything is written under a hidden working folder next to
// the output and moved to the output's name only when complete, each file through a
// temporary name: a cancelled or failed copy leaves nothing that looks finished.
// Files outside DICOM are copied only when picked (CopySelection).
//
// The files are anonymized on every core (QThread::idealThreadCount(), at most 4): each is
// read, cleaned and written on its own; only reading from an archive is one at a time.
class DiscCopier {
public:
    DiscCopier(const exposure::AttributeCatalogue& catalogue, DeidOptions options);

    // Called from the copying threads, never two at a time.
    using ProgressCallback = std::function<void(int filesDone, int filesTotal)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Text burned into pictures, by disc path, in the pictures' pixels (from the exposure
    // report): blacked out in the copy (PixelCleaner.h). A file whose text cannot be blacked
    // out is not copied.
    void setTextToBlackOut(QHash<QString, QList<QRect>> boxesByFile) { m_textBoxes = std::move(boxesByFile); }
    void setSelection(CopySelection selection) { m_selection = std::move(selection); }
    // The cut that removes the face, by original Series Instance UID: applied to the pixels of
    // every file of that series (volume/DefaceDicom.h), which are then saved uncompressed. A
    // file that cannot be defaced is not copied.
    void setDefacePlanes(QHash<QString, volume::DefacePlane> planesBySeries) { m_defacePlanes = std::move(planesBySeries); }
    // 1 for one file at a time; 0 (the default) for every core.
    void setThreadCount(int threads) { m_threads = threads; }

    // outputDir must not exist yet, or be an empty folder. `patient`: the patient's
    // identifiers as the index knows them, to tell harmless descriptions from the others.
    CopyResult copy(const media::DiscIndex& index, media::DiscSource& source, const QString& outputDir,
                    const exposure::IdentityTokens& patient) const;

private:
    const exposure::AttributeCatalogue& m_catalogue;
    DeidOptions m_options;
    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    QHash<QString, QList<QRect>> m_textBoxes;
    CopySelection m_selection;
    QHash<QString, volume::DefacePlane> m_defacePlanes;
    int m_threads = 0;
};

} // namespace scanshield::deid
