#include "media/ArchiveSource.h"
#include "media/DiscSource.h"
#include "media/FolderSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace scanshield::media {

std::unique_ptr<DiscSource> openDiscSource(const QString& inputPath, QString& error)
{
    const QFileInfo info(inputPath);
    if (!info.exists()) {
        error = QCoreApplication::translate("DiscSource", "Nothing was found at %1. Check the disc is in the drive, or choose the folder again.")
                    .arg(QDir::toNativeSeparators(inputPath));
        return nullptr;
    }
    if (!info.isReadable()) {
        error = QCoreApplication::translate("DiscSource", "%1 cannot be read: you may not have permission to open it.")
                    .arg(QDir::toNativeSeparators(inputPath));
        return nullptr;
    }
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return std::make_unique<FolderSource>(absolute, absolute);
    // A DICOMDIR names the whole disc around it.
    if (info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
        return std::make_unique<FolderSource>(absolute, info.absolutePath());
    if (ArchiveSource::looksLikeArchive(absolute))
        return std::make_unique<ArchiveSource>(absolute);
    return std::make_unique<FolderSource>(absolute, info.absolutePath(), info.fileName());
}

} // namespace scanshield::media
