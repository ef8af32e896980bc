#include "media/FolderSource.h"

#include "media/RandomAccessBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

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
    // std::filesystem takes each entry's type from the directory itself, so listing a disc of
    // thousands of files costs no stat() per file; sizes come when each file is opened.
    // Symbolic links are not followed: a link loop on a copied disc must not hang the scan.
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path rootPath(QFile::encodeName(m_root).constData());
    const std::size_t prefix = rootPath.native().size() + (rootPath.native().ends_with('/') ? 0 : 1);
    for (fs::recursive_directory_iterator it(rootPath, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        if (it->is_symlink(typeError) || !it->is_regular_file(typeError))
            continue;
        const std::string& native = it->path().native();
        files.append({QFile::decodeName(QByteArray(native.data() + prefix, qsizetype(native.size() - prefix))), -1});
    }
    std::sort(files.begin(), files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return true;
}

void FolderSource::visitFiles(const QList<SourceFile>& wanted, const Visitor& visit)
{
    for (const SourceFile& file : wanted) {
        RandomAccessBytes bytes(localPath(file.path));
        if (!visit(SourceFile{file.path, bytes.isOpen() ? bytes.size() : file.size}, bytes))
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
    // Plain concatenation: called once per file, and paths from listFiles are already clean.
    return m_root.endsWith(QLatin1Char('/')) ? m_root + path : m_root + QLatin1Char('/') + path;
}

} // namespace scanshield::media
