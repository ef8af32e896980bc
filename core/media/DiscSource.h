#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace scanshield::media {

class RandomAccessBytes;

// One regular file of a disc: its path relative to the disc root ('/' separated, original
// case) and its size in bytes (-1 while unknown: a folder learns sizes only when each file is
// opened, which visitFiles does).
struct SourceFile {
    QString path;
    qint64 size = -1;
};

// Where a disc's files come from: a folder on disk (a mounted CD, a download) or an archive
// (ZIP, ISO 9660) read in place with libarchive. Every implementation is read-only.
class DiscSource {
public:
    virtual ~DiscSource() = default;

    // The path the person chose (folder, DICOMDIR, ZIP or ISO).
    virtual QString location() const = 0;
    virtual bool isArchive() const = 0;

    // Every regular file, in a stable order. False with a message for a person when the
    // source cannot be read at all.
    virtual bool listFiles(QList<SourceFile>& files, QString& error) = 0;

    // Hands each file named in `wanted` to `visit`, as random-access bytes. A folder visits
    // them in the order given; an archive in its stored order (it is read front to back).
    // `visit` returns false to stop early (cancel). Files that cannot be opened are still
    // visited: their RandomAccessBytes reports the error.
    using Visitor = std::function<bool(const SourceFile&, RandomAccessBytes&)>;
    virtual void visitFiles(const QList<SourceFile>& wanted, const Visitor& visit) = 0;

    // The whole content of one file, for the viewer and for DICOMDIR parsing.
    virtual std::optional<QByteArray> readFile(const QString& path, QString& error) = 0;

    // The path on disk of a file of a folder source (so DCMTK can read it lazily); empty for
    // archive entries, which must be read with readFile().
    virtual QString localPath(const QString& path) const = 0;
};

// Opens whatever the person pointed at: a folder, a DICOMDIR file (its folder is the disc),
// a ZIP or ISO file, or a single DICOM file. nullptr and a message when it cannot be read.
std::unique_ptr<DiscSource> openDiscSource(const QString& inputPath, QString& error);

} // namespace scanshield::media
