#pragma once

#include "media/DiscSource.h"

namespace scanshield::media {

// A disc inside a ZIP or an ISO 9660 image (as patient portals hand them out), read in place
// with libarchive: nothing is unpacked to disk. Entries are read into memory one at a time.
class ArchiveSource final : public DiscSource {
public:
    explicit ArchiveSource(QString archivePath);

    // Whether the first bytes of a file say it is an archive this class reads.
    static bool looksLikeArchive(const QString& filePath);

    // For the index, only this much of a large entry is held in memory; the header walker
    // skips pixel data by offset and needs only the start of each file.
    static constexpr qint64 kIndexPrefixBytes = 4 * 1024 * 1024;

    QString location() const override { return m_path; }
    bool isArchive() const override { return true; }
    bool listFiles(QList<SourceFile>& files, QString& error) override;
    void visitFiles(const QList<SourceFile>& wanted, const Visitor& visit) override;
    std::optional<QByteArray> readFile(const QString& path, QString& error) override;
    QString localPath(const QString&) const override { return {}; }

private:
    QString m_path;
};

// An archive entry's path made safe and relative: no leading '/', no '.' or '..' parts.
// Empty when nothing safe remains. Archive paths are never used to write anywhere, but the
// index and any later copy must not be tricked into naming a place outside the disc.
QString sanitizedEntryPath(const QString& entryPath);

} // namespace scanshield::media
