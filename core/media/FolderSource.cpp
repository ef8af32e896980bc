#include "media/FolderSource.h"

#include "media/BoundedQueue.h"
#include "media/RandomAccessBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <memory>
#include <string>
#include <thread>
#include <sys/stat.h>
#include <vector>

namespace scanshield::media {

namespace {

constexpr int kMaxFolderDepth = 64;
// How many opened files may wait for the parser: enough to smooth out slow reads, few
// enough that open file handles and read-ahead memory stay small (64 x 8 KiB).
constexpr std::size_t kFilesReadAhead = 64;

// Lists the regular files under `folder` depth-first, names sorted within each folder so the
// order is the same on every run. Each entry's type comes from the directory itself (d_type),
// so a disc of thousands of files costs no stat() per file; sizes come when a file is opened.
// Symbolic links are not followed: a link loop on a copied disc must not hang the scan.
void listFolderRecursively(const QByteArray& folder, const QByteArray& relative, QList<SourceFile>& files, int depth)
{
    DIR* dir = ::opendir(folder.constData());
    if (!dir || depth > kMaxFolderDepth) {
        if (dir)
            ::closedir(dir);
        return; // an unreadable sub-folder: its files are simply not on the list
    }
    std::vector<std::pair<std::string, bool>> entries; // name, is a folder
    while (const dirent* entry = ::readdir(dir)) {
        const char* name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) { // some file systems do not fill d_type
            struct stat info {};
            const QByteArray path = folder + '/' + name;
            if (::lstat(path.constData(), &info) != 0)
                continue;
            type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISREG(info.st_mode) ? DT_REG : DT_LNK;
        }
        if (type == DT_DIR || type == DT_REG)
            entries.emplace_back(name, type == DT_DIR);
    }
    ::closedir(dir);
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, isFolder] : entries) {
        const QByteArray childRelative = relative.isEmpty() ? QByteArray::fromStdString(name) : relative + '/' + name.c_str();
        if (isFolder)
            listFolderRecursively(folder + '/' + name.c_str(), childRelative, files, depth + 1);
        else
            files.append({QFile::decodeName(childRelative), -1});
    }
}

} // namespace

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
    listFolderRecursively(QFile::encodeName(m_root), QByteArray(), files, 0);
    return true;
}

void FolderSource::visitFiles(const QList<SourceFile>& wanted, const Visitor& visit)
{
    // One reader thread opens each file and reads its first bytes while this thread parses the
    // files before it. The disc is still read one file at a time and in order, as an optical
    // drive wants, but reading and parsing overlap on two cores.
    BoundedQueue<std::unique_ptr<RandomAccessBytes>> opened(kFilesReadAhead);
    std::thread reader([&] {
        for (const SourceFile& file : wanted) {
            auto bytes = std::make_unique<RandomAccessBytes>(localPath(file.path));
            bytes->prefetchStart();
            if (!opened.push(std::move(bytes)))
                return; // the visitor stopped
        }
        opened.close();
    });
    for (const SourceFile& file : wanted) {
        std::optional<std::unique_ptr<RandomAccessBytes>> bytes = opened.pop();
        if (!bytes)
            break;
        RandomAccessBytes& content = **bytes;
        if (!visit(SourceFile{file.path, content.isOpen() ? content.size() : file.size}, content))
            break;
    }
    opened.close();
    reader.join();
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
