#include "media/FolderSource.h"

#include "media/RandomAccessBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace scanshield::media {

FolderSource::FolderSource(QString location, QString root, QString onlyFile)
    : m_location(std::move(location)), m_root(std::move(root)), m_onlyFile(std::move(onlyFile))
{
}

bool FolderSource::listFiles(QList<SourceFile>& files, QString& error)
{
    files.clear();
    const QDir root(m_root);
    if (!root.exists() || !root.isReadable()) {
        error = QCoreApplication::translate("DiscSource", "The folder %1 cannot be opened. Check that the disc is in the drive and that you may read it.")
                    .arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    if (!m_onlyFile.isEmpty()) {
        files.append({m_onlyFile, QFileInfo(root.filePath(m_onlyFile)).size()});
        return true;
    }
    // Symbolic links are not followed: a link loop on a copied disc must not hang the scan.
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        files.append({root.relativeFilePath(info.filePath()), info.size()});
    }
    std::sort(files.begin(), files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return true;
}

void FolderSource::visitFiles(const QList<SourceFile>& wanted, const Visitor& visit)
{
    for (const SourceFile& file : wanted) {
        RandomAccessBytes bytes(localPath(file.path));
        if (!visit(file, bytes))
            return;
    }
}

std::optional<QByteArray> FolderSource::readFile(const QString& path, QString& error)
{
    QFile file(localPath(path));
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

QString FolderSource::localPath(const QString& path) const
{
    return QDir(m_root).filePath(path);
}

} // namespace scanshield::media
