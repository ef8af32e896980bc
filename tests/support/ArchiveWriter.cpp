#include "support/ArchiveWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace scanshield::test {

bool writeArchive(const QString& folder, const QString& archivePath, ArchiveFormat format)
{
    archive* a = archive_write_new();
    if (format == ArchiveFormat::Zip)
        archive_write_set_format_zip(a);
    else {
        archive_write_set_format_iso9660(a);
        // Rock Ridge keeps long and lower-case names, as most burned discs have.
        archive_write_set_format_option(a, "iso9660", "rockridge", "1");
    }
    if (archive_write_open_filename(a, QFile::encodeName(archivePath).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (ok && it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray data = file.readAll();
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, root.relativeFilePath(path).toUtf8().constData());
        archive_entry_set_size(entry, data.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0444);
        ok = archive_write_header(a, entry) == ARCHIVE_OK &&
             archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

} // namespace scanshield::test
