#include "media/DiscIndex.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace scanshield::media {

int SeriesEntry::frameCount() const
{
    int frames = 0;
    for (const IndexedInstance& instance : instances)
        frames += instance.header.isImage() ? instance.header.numberOfFrames : 0;
    return frames;
}

int DiscIndex::instancesTotal() const
{
    int total = 0;
    for (const PatientEntry& p : patients)
        for (const StudyEntry& s : p.studies)
            for (const SeriesEntry& r : s.series)
                total += int(r.instances.size());
    return total;
}

int DiscIndex::seriesTotal() const
{
    int total = 0;
    for (const PatientEntry& p : patients)
        for (const StudyEntry& s : p.studies)
            total += int(s.series.size());
    return total;
}

int DiscIndex::studiesTotal() const
{
    int total = 0;
    for (const PatientEntry& p : patients)
        total += int(p.studies.size());
    return total;
}

namespace {

template <typename T, typename Match>
T& findOrAppend(QList<T>& list, Match match)
{
    for (T& item : list)
        if (match(item))
            return item;
    list.append(T{});
    return list.back();
}

// Distance along the slice normal: the order of slices in space, which is what a viewer
// must show (instance numbers are often wrong or reversed on real discs).
std::optional<double> positionAlongNormal(const InstanceHeader& h)
{
    if (!h.imagePositionPatient || !h.imageOrientationPatient)
        return std::nullopt;
    const auto& o = *h.imageOrientationPatient;
    const double n[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
    const auto& p = *h.imagePositionPatient;
    return p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
}

void sortInstances(QList<IndexedInstance>& instances)
{
    // Positions are computed once per image, not once per comparison.
    std::vector<std::optional<double>> positions;
    positions.reserve(std::size_t(instances.size()));
    bool allPositioned = true;
    for (const IndexedInstance& instance : instances) {
        positions.push_back(positionAlongNormal(instance.header));
        allPositioned = allPositioned && positions.back().has_value();
    }
    std::vector<qsizetype> order(std::size_t(instances.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype ia, qsizetype ib) {
        if (allPositioned) {
            const double pa = *positions[std::size_t(ia)];
            const double pb = *positions[std::size_t(ib)];
            if (std::abs(pa - pb) > 1e-4)
                return pa < pb;
        }
        const IndexedInstance& a = instances[ia];
        const IndexedInstance& b = instances[ib];
        if (a.header.instanceNumber != b.header.instanceNumber)
            return a.header.instanceNumber < b.header.instanceNumber;
        return a.path < b.path;
    });
    QList<IndexedInstance> sorted;
    sorted.reserve(instances.size());
    for (qsizetype i : order)
        sorted.append(std::move(instances[i]));
    instances = std::move(sorted);
}

} // namespace

void DiscIndexBuilder::add(IndexedInstance instance)
{
    const InstanceHeader& h = instance.header;
    PatientEntry& patient = findOrAppend(m_patients, [&](const PatientEntry& p) {
        return p.id == h.patientId && p.name == h.patientName;
    });
    if (patient.studies.isEmpty() && patient.name.isEmpty() && patient.id.isEmpty()) {
        patient.name = h.patientName;
        patient.id = h.patientId;
        patient.birthDate = h.patientBirthDate;
        patient.sex = h.patientSex;
    }
    StudyEntry& study = findOrAppend(patient.studies, [&](const StudyEntry& s) {
        return s.uid == h.studyInstanceUid;
    });
    if (study.series.isEmpty()) {
        study.uid = h.studyInstanceUid;
        study.date = h.studyDate;
        study.time = h.studyTime;
        study.description = h.studyDescription;
        study.accessionNumber = h.accessionNumber;
    }
    SeriesEntry& series = findOrAppend(study.series, [&](const SeriesEntry& s) {
        return s.uid == h.seriesInstanceUid;
    });
    if (series.instances.isEmpty()) {
        series.uid = h.seriesInstanceUid;
        series.modality = h.modality;
        series.description = h.seriesDescription;
        series.number = h.seriesNumber;
    }
    series.instances.append(std::move(instance));
}

namespace {

void sortIndex(QList<PatientEntry>& patients)
{
    for (PatientEntry& patient : patients) {
        std::stable_sort(patient.studies.begin(), patient.studies.end(), [](const StudyEntry& a, const StudyEntry& b) {
            return a.date + a.time < b.date + b.time;
        });
        for (StudyEntry& study : patient.studies) {
            std::stable_sort(study.series.begin(), study.series.end(), [](const SeriesEntry& a, const SeriesEntry& b) {
                return a.number < b.number;
            });
            for (SeriesEntry& series : study.series)
                sortInstances(series.instances);
        }
    }
}

} // namespace

QList<PatientEntry> DiscIndexBuilder::patients() const
{
    QList<PatientEntry> sorted = m_patients;
    sortIndex(sorted);
    return sorted;
}

QList<PatientEntry> DiscIndexBuilder::takePatients()
{
    QList<PatientEntry> sorted = std::exchange(m_patients, {});
    sortIndex(sorted);
    return sorted;
}

QString readablePersonName(const QString& dicomName)
{
    // Component groups: alphabetic = ideographic = phonetic; components: family^given^middle^prefix^suffix.
    const QStringList groups = dicomName.split(QLatin1Char('='));
    const auto readableGroup = [](const QString& group, const QString& separator) {
        const QStringList parts = group.split(QLatin1Char('^'));
        QStringList ordered;
        const auto part = [&](int i) { return i < parts.size() ? parts[i].trimmed() : QString(); };
        for (const QString& p : {part(3), part(1), part(2), part(0), part(4)})
            if (!p.isEmpty())
                ordered.append(p);
        return ordered.join(separator);
    };
    QString readable = readableGroup(groups.value(0), QStringLiteral(" "));
    if (groups.size() > 1) {
        // Ideographic names keep the family name first, as they are written.
        const QString ideographic = groups[1].split(QLatin1Char('^')).join(QLatin1Char(' ')).trimmed();
        if (!ideographic.isEmpty())
            readable = readable.isEmpty() ? ideographic : readable + QStringLiteral(" (") + ideographic + QLatin1Char(')');
    }
    return readable;
}

} // namespace scanshield::media
