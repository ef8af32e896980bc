#include "media/ArchiveSource.h"

#include "media/RandomAccessBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <limits>
#include <memory>

namespace scanshield::media {

namespace {

struct ArchiveCloser {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

constexpr size_t kBlockSize = 64 * 1024;

ArchivePtr openArchive(const QString& path, QString& error)
{
    ArchivePtr a(archive_read_new());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_iso9660(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_7zip(a.get());
    archive_read_support_filter_all(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), kBlockSize) != ARCHIVE_OK) {
        error = QCoreApplication::translate("DiscSource", "The file %1 cannot be opened as a ZIP or disc image: %2")
                    .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        return nullptr;
    }
    return a;
}

QString entryPath(archive_entry* entry)
{
    const char* utf8 = archive_entry_pathname_utf8(entry);
    const QString raw = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
    return sanitizedEntryPath(raw);
}

bool isRegularFile(archive_entry* entry)
{
    return archive_entry_filetype(entry) == AE_IFREG;
}

// Reads up to `limit` bytes of the current entry's data.
QByteArray readEntryData(archive* a, qint64 limit, bool& failed)
{
    QByteArray data;
    failed = false;
    char block[kBlockSize];
    while (data.size() < limit) {
        const la_ssize_t got = archive_read_data(a, block, sizeof block);
        if (got == 0)
            break;
        if (got < 0) {
            failed = true;
            break;
        }
        data.append(block, int(std::min<qint64>(got, limit - data.size())));
    }
    return data;
}

} // namespace

QString sanitizedEntryPath(const QString& entryPath)
{
    QStringList kept;
    for (const QString& part : QString(entryPath).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            continue;
        kept.append(part);
    }
    return kept.join(QLatin1Char('/'));
}

ArchiveSource::ArchiveSource(QString archivePath) : m_path(std::move(archivePath)) {}

bool ArchiveSource::looksLikeArchive(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("7z\xBC\xAF"))
        return true;
    // ISO 9660: the primary volume descriptor at sector 16 carries "CD001".
    if (file.seek(0x8001) && file.read(5) == "CD001")
        return true;
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    return suffix == QLatin1String("iso") || suffix == QLatin1String("zip");
}

bool ArchiveSource::listFiles(QList<SourceFile>& files, QString& error)
{
    files.clear();
    ArchivePtr a = openArchive(m_path, error);
    if (!a)
        return false;
    archive_entry* entry = nullptr;
    QSet<QString> seen;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        const QString path = entryPath(entry);
        if (isRegularFile(entry) && !path.isEmpty() && !seen.contains(path)) {
            seen.insert(path);
            files.append({path, archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1});
        }
        archive_read_data_skip(a.get());
    }
    if (status != ARCHIVE_EOF && files.isEmpty()) {
        error = QCoreApplication::translate("DiscSource", "The file %1 is damaged or is not a ZIP or disc image: %2")
                    .arg(QFileInfo(m_path).fileName(), QString::fromLocal8Bit(archive_error_string(a.get())));
        return false;
    }
    return true;
}

void ArchiveSource::visitFiles(const QList<SourceFile>& wanted, const Visitor& visit)
{
    QSet<QString> wantedPaths;
    for (const SourceFile& f : wanted)
        wantedPaths.insert(f.path);
    QString error;
    ArchivePtr a = openArchive(m_path, error);
    if (!a)
        return;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        const QString path = entryPath(entry);
        if (!isRegularFile(entry) || !wantedPaths.remove(path)) {
            archive_read_data_skip(a.get());
            continue;
        }
        // A streamed ZIP may not say how big an entry is until it has been read: then read it
        // whole, since a wrong size would make a complete file look cut short or empty.
        const bool sizeKnown = archive_entry_size_is_set(entry) != 0;
        bool failed = false;
        const QByteArray prefix = readEntryData(a.get(), sizeKnown ? kIndexPrefixBytes : std::numeric_limits<qint64>::max(), failed);
        const qint64 size = sizeKnown && !failed ? archive_entry_size(entry) : prefix.size();
        RandomAccessBytes bytes(prefix, size);
        if (!visit(SourceFile{path, size}, bytes))
            return;
        archive_read_data_skip(a.get());
    }
    // Entries listed before but unreachable now (a damaged archive): visit them as unreadable.
    for (const SourceFile& f : wanted) {
        if (!wantedPaths.contains(f.path))
            continue;
        RandomAccessBytes missing{QString()};
        if (!visit(f, missing))
            return;
    }
}

std::optional<QByteArray> ArchiveSource::readFile(const QString& path, QString& error)
{
    ArchivePtr a = openArchive(m_path, error);
    if (!a)
        return std::nullopt;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        if (isRegularFile(entry) && entryPath(entry) == path) {
            bool failed = false;
            QByteArray data = readEntryData(a.get(), std::numeric_limits<qint64>::max(), failed);
            if (failed) {
                error = QString::fromLocal8Bit(archive_error_string(a.get()));
                return std::nullopt;
            }
            return data;
        }
        archive_read_data_skip(a.get());
    }
    error = QCoreApplication::translate("DiscSource", "%1 is not in the archive.").arg(path);
    return std::nullopt;
}

} // namespace scanshield::media
