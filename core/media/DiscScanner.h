#pragma once

#include "media/DiscIndex.h"

#include <QString>

#include <atomic>
#include <functional>

namespace scanshield::media {

class ElementSink;

struct ScanProgress {
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile;
};

struct ScanResult {
    bool opened = false;   // false: the path could not be read at all (see error)
    bool cancelled = false;
    QString error;         // for a person, when !opened
    DiscIndex index;
};

// Reads a disc into a DiscIndex: DICOMDIR records first, then every other file is probed, so
// files the DICOMDIR misses are found and discs without one work. Headers only, never pixel
// data. A bad file becomes a problem with a reason and never stops the scan.
//
// scan() is synchronous and thread-agnostic; the GUI runs it on a worker thread. Callbacks
// are invoked on the scanning thread.
class DiscScanner {
public:
    using ProgressCallback = std::function<void(const ScanProgress&)>;
    using InstanceCallback = std::function<void(const IndexedInstance&)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Called for every file that joins the index, as soon as it does: the GUI shows the first
    // series before the whole disc has been read.
    void setInstanceCallback(InstanceCallback callback) { m_instance = std::move(callback); }
    // Every element of every file is also handed to `sink` as the file is read (ElementSink.h):
    // the exposure report in the same pass. Not owned.
    void setElementSink(ElementSink* sink) { m_sink = sink; }
    // When set and true, the scan stops at the next file and reports cancelled.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    ScanResult scan(const QString& inputPath) const;

private:
    ProgressCallback m_progress;
    InstanceCallback m_instance;
    const std::atomic_bool* m_cancel = nullptr;
    ElementSink* m_sink = nullptr;
};

} // namespace scanshield::media
