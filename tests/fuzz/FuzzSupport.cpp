#include "FuzzSupport.h"

#include "dicom/DcmtkSetup.h"
#include "media/RandomAccessBytes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace scanshield::fuzz {

namespace {

void dropMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

QTemporaryDir& workRoot()
{
    static QTemporaryDir root(QDir::tempPath() + QStringLiteral("/scanshield-fuzz-XXXXXX"));
    return root;
}

} // namespace

void prepareProcess()
{
    static const bool prepared = [] {
        qInstallMessageHandler(dropMessages);
        dicom::ensureDcmtkReady();
        return true;
    }();
    (void)prepared;
}

QString freshWorkFolder(const QString& name)
{
    const QString folder = workRoot().filePath(name);
    QDir(folder).removeRecursively();
    expectPromise(QDir().mkpath(folder), "the fuzzer's own work folder can be made");
    return folder;
}

QString writeInput(const QByteArray& bytes, const QString& name)
{
    const QString path = QDir(freshWorkFolder()).filePath(name);
    QFile file(path);
    expectPromise(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "the input can be written");
    return path;
}

void expectPromise(bool kept, const char* promise)
{
    if (kept)
        return;
    std::fprintf(stderr, "FINDING: broken promise: %s\n", promise);
    std::abort();
}

bool MemoryDisc::listFiles(QList<media::SourceFile>& files, QString&)
{
    files = {media::SourceFile{m_path, m_bytes.size()}};
    return true;
}

void MemoryDisc::visitFiles(const QList<media::SourceFile>& wanted, const Visitor& visit)
{
    for (const media::SourceFile& file : wanted) {
        if (file.path == m_path) {
            media::RandomAccessBytes bytes(m_bytes);
            if (!visit(file, bytes))
                return;
        } else {
            media::RandomAccessBytes missing{QString()};
            if (!visit(file, missing))
                return;
        }
    }
}

std::optional<QByteArray> MemoryDisc::readFile(const QString& path, QString& error)
{
    if (path == m_path)
        return m_bytes;
    error = QStringLiteral("no such file");
    return std::nullopt;
}

} // namespace scanshield::fuzz
