#pragma once

// What every fuzz target needs (docs/ROBUSTNESS.md): a quiet process, the input as Qt bytes,
// a private folder for the paths that only read files from disk, and a disc held in memory.

#include "media/DiscSource.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace scanshield::fuzz {

// Once per process: DCMTK's dictionary and decoders ready (its logging is already silenced
// by core), Qt's warnings dropped (a damaged file makes many and they slow the fuzzer down;
// a fatal message still aborts, which libFuzzer reports as a crash).
void prepareProcess();

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// An empty folder `name` of this process's own (under the system's temporary folder, removed
// at exit), emptied again on every call: each input starts from nothing.
QString freshWorkFolder(const QString& name = QStringLiteral("input"));

// Writes `bytes` as `name` into freshWorkFolder(); returns the file's path.
QString writeInput(const QByteArray& bytes, const QString& name);

// Stops the process with a message when `kept` is false: a promise of the code that an input
// breaks is a finding, like a crash (libFuzzer keeps the input).
void expectPromise(bool kept, const char* promise);

// A disc of one file held in memory, read like an archive entry (whole, through readFile).
class MemoryDisc final : public media::DiscSource {
public:
    MemoryDisc(QString path, QByteArray bytes) : m_path(std::move(path)), m_bytes(std::move(bytes)) {}

    QString location() const override { return QStringLiteral("memory"); }
    bool isArchive() const override { return true; }
    bool listFiles(QList<media::SourceFile>& files, QString& error) override;
    void visitFiles(const QList<media::SourceFile>& wanted, const Visitor& visit) override;
    std::optional<QByteArray> readFile(const QString& path, QString& error) override;
    QString localPath(const QString&) const override { return {}; }

private:
    QString m_path;
    QByteArray m_bytes;
};

} // namespace scanshield::fuzz
