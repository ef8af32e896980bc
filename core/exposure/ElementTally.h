#pragma once

#include "media/ElementSink.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scanshield::exposure {

class AttributeCatalogue;

// Looks up std::string keys by std::string_view without making a string.
struct StringViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using StringIndex = std::unordered_map<std::string, int, StringViewHash, std::equal_to<>>;

// The first half of the exposure report, fed element by element while the disc is read
// (an ElementSink): each distinct element value that may identify the patient, with the
// files and places it occurs in. Values are kept as stored, undecoded, and compared as
// bytes; FindingBuilder turns them into findings once the whole disc has been read.
//
// Kept: every private element; every element of the standard's de-identification table;
// any other element whose value is text or numbers (free text may name the patient, which
// is only known at the end). Skipped: empty values and other binary values.
class ElementTally final : public media::ElementSink {
public:
    // How a row's value is kept.
    enum class ValueKind : char {
        Text,       // a text VR: bytes in the file's character set
        Numbers,    // a binary number VR (US, FL...): little-endian bytes
        Bytes,      // UN or OB that may be text: bytes, text or not decided later
        Binary,     // not read; only its length counts
    };

    struct Row {
        std::uint32_t tag = 0;
        char vr[2] = {'U', 'N'};
        ValueKind kind = ValueKind::Binary;
        std::uint32_t length = 0;
        int characterSet = 0;       // index into characterSets()
        int privateCreator = -1;    // index into privateCreators(); -1: none or not private
        std::string value;          // the stored bytes (empty for Binary)
        std::vector<int> files;     // indexes into files(), unique
        std::vector<int> paths;     // indexes into paths(), unique
        int occurrences = 0;
    };

    explicit ElementTally(const AttributeCatalogue& catalogue);

    void beginFile(const QString& path) override;
    void element(const media::RawElement& element) override;
    void enterSequence(std::uint32_t tag) override;
    void enterItem() override;
    void leaveItem() override;
    void leaveSequence() override;
    void endFile(bool complete) override;

    const std::vector<Row>& rows() const { return m_rows; }
    const QStringList& files() const { return m_files; }
    // The sequences around an element, outermost first; path 0 is the top level.
    const std::vector<std::vector<std::uint32_t>>& paths() const { return m_paths; }
    const std::vector<QByteArray>& characterSets() const { return m_characterSets; }
    const QStringList& privateCreators() const { return m_privateCreators; }
    // Files whose every element was counted (endFile(true)).
    bool isComplete(const QString& path) const;

private:
    struct Scope {                   // one item (or the top level) of the file being read
        int characterSet = 0;
        int path = 0;
        std::vector<std::pair<std::uint32_t, int>> creators; // (group << 8 | block) -> creator
    };

    bool isKept(const media::RawElement& element, bool isPrivate) const;
    int internCharacterSet(std::string_view value);
    int internPrivateCreator(std::string_view value);
    int creatorOf(std::uint32_t tag) const;
    int findOrAddRow(const media::RawElement& element, ValueKind kind, int characterSet, int creator);
    bool rowMatches(const Row& row, const media::RawElement& element, ValueKind kind, int characterSet, int creator) const;

    const AttributeCatalogue& m_catalogue;
    std::vector<Row> m_rows;
    StringIndex m_rowByKey;
    std::string m_key;                            // reused for every lookup
    QStringList m_files;
    std::vector<bool> m_complete;                 // by file index
    QHash<QString, int> m_fileByPath;
    std::vector<std::vector<std::uint32_t>> m_paths;
    StringIndex m_pathByKey;
    std::vector<QByteArray> m_characterSets;
    QStringList m_privateCreators;

    // The file being read.
    int m_file = -1;
    std::vector<Scope> m_scopes;
    std::vector<std::uint32_t> m_sequenceTags;
    std::vector<int> m_sequencePaths;             // the path inside each open sequence
    std::vector<std::pair<int, int>> m_pending;   // (row, path) of this file, counted at endFile(true)
    // The row of the n-th element kept in the previous file: files of a series have their
    // elements in the same order, mostly with the same values, so this spares most lookups.
    std::vector<int> m_rowAtOrdinal;
    std::size_t m_ordinal = 0;
};

} // namespace scanshield::exposure
