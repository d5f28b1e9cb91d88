package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.engine.align.UndatedDay;
import org.whosaid.analysis.engine.model.Statement;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.DecisionEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.StatementBody;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;
import org.whosaid.analysis.store.StatementPinEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The write side of an article, always inside one transaction holding the alignment lock: store the article, link
 * its persons, store and align its statements, recompute the clusters, stories and name conflicts it touches; replace a
 * previous version (keeping decisions and cluster membership of surviving quotes); delete everything derived.
 */
@ApplicationScoped
public class ArticleWriter {

    private final AlignStore align;
    private final RegistryService registry;
    private final AlignmentService alignment;
    private final ClusterService clusters;
    private final StoryService stories;
    private final NameConflictService names;
    private final ObjectMapper json;
    private final EntityManager em;
    private final Timer alignTimer;
    private final WritePhases phases;

    public ArticleWriter(AlignStore align, RegistryService registry, AlignmentService alignment, ClusterService clusters,
                         StoryService stories, NameConflictService names, ObjectMapper json, EntityManager em,
                         MeterRegistry meters, WritePhases phases) {
        this.phases = phases;
        this.align = align;
        this.registry = registry;
        this.alignment = alignment;
        this.clusters = clusters;
        this.stories = stories;
        this.names = names;
        this.json = json;
        this.em = em;
        this.alignTimer = Timer.builder("whosaid.alignment")
                .description("time to store, link persons and align the statements of one article")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /** Stores a new article or a newer version of one. Caller: {@link ArticleService#ingest}. */
    public ArticleService.Outcome store(IncomingArticle in, ExtractionResult result) {
        phases.run("lock", align::lock);
        ArticleEntity a = ArticleEntity.findById(in.id());
        if (a != null && a.version == in.version()) {
            return new ArticleService.Outcome(a, false);
        }
        if (a != null && a.version > in.version()) {
            throw ApiException.conflict("article " + in.id() + " is already at version " + a.version);
        }
        Derived old = a == null ? new Derived(Map.of(), Set.of(), Set.of()) : removeDerived(a.id);
        boolean created = a == null;
        if (created) {
            a = new ArticleEntity();
            a.id = in.id();
        }
        a.version = in.version();
        a.url = in.url();
        a.outlet = in.outlet();
        a.title = in.title();
        a.lead = in.lead();
        a.publishedAt = in.publishedAt();
        a.language = result.language() != null ? result.language() : in.language();
        a.agencies = in.agencies() == null ? null : String.join(",", in.agencies());
        a.body = in.text();
        a.copyOf = in.copyOf();
        if (created) {
            a.analysedAt = OffsetDateTime.now();
            a.persist();
            em.flush();
        }
        analyse(a, result, old);
        return new ArticleService.Outcome(a, true);
    }

    public ArticleEntity reanalyse(long id, int version, ExtractionResult result) {
        align.lock();
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) {
            throw ApiException.notFound("article " + id + " was deleted");
        }
        if (a.version != version) {
            throw ApiException.conflict("article " + id + " changed while re-analysing");
        }
        Derived old = removeDerived(id);
        a.language = result.language() != null ? result.language() : a.language;
        analyse(a, result, old);
        return a;
    }

    /** Takedown: the article and everything derived from it. */
    public boolean delete(long id) {
        align.lock();
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) {
            return false;
        }
        Derived old = removeDerived(id);
        DecisionEntity.delete("articleId", id);
        StatementPinEntity.delete("articleId", id);
        Long story = a.storyId;
        a.delete();
        em.flush();
        // the remaining renderings of its clusters are grouped again: a taken-down rendering may have held two together
        Set<Long> touched = new LinkedHashSet<>(old.clusters());
        touched.addAll(alignment.regroup(List.of(), old.clusters(), Map.of()));
        clusters.recompute(touched);
        stories.refresh(story);
        Set<Long> remaining = new LinkedHashSet<>();
        Set<String> goneSurnames = new LinkedHashSet<>();
        for (Long p : old.persons()) {
            if (PersonMentionEntity.count("personId", p) == 0
                    && StatementEntity.count("entityId", PersonRecord.entityId(p)) == 0) {
                PersonEntity person = PersonEntity.findById(p);
                if (person != null) {
                    goneSurnames.add(person.surnameNorm);
                    PersonRoleEntity.delete("personId", p);
                    person.delete();
                }
            } else {
                remaining.add(p);
            }
        }
        em.flush();
        for (String surname : goneSurnames) {
            names.clear(surname);
            PersonEntity other = PersonEntity.find("surnameNorm = ?1 and kind = 'PERSON'", surname).firstResult();
            if (other != null) {
                names.recomputeSurname(other);
            }
        }
        names.recompute(remaining);
        return true;
    }

    private record Derived(Map<String, Long> hints, Set<Long> clusters, Set<Long> persons) {
    }

    /** Removes statements, indexes, links, mentions and roles of an article; returns what they touched. */
    private Derived removeDerived(long articleId) {
        List<StatementEntity> old = StatementEntity.list("articleId", articleId);
        Map<String, Long> hints = new HashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (StatementEntity s : old) {
            if (s.clusterId != null) {
                hints.putIfAbsent(s.quoteKey, s.clusterId);
                touched.add(s.clusterId);
            }
            ids.add(s.id);
        }
        if (!ids.isEmpty()) {
            StatementLinkEntity.delete("statementId in ?1 or otherId in ?1", ids);
        }
        align.deleteIndexesOfArticle(articleId);
        old.forEach(StatementEntity::delete);
        Set<Long> persons = new LinkedHashSet<>();
        for (PersonMentionEntity m : PersonMentionEntity.<PersonMentionEntity>list("articleId", articleId)) {
            persons.add(m.personId);
        }
        PersonMentionEntity.delete("articleId", articleId);
        PersonRoleEntity.delete("articleId", articleId);
        em.flush();
        return new Derived(hints, touched, persons);
    }

    private void analyse(ArticleEntity a, ExtractionResult result, Derived old) {
        alignTimer.record(() -> {
            a.extractorVersion = result.extractorVersion();
            a.analysedAt = OffsetDateTime.now();
            RegistryService.Resolved resolved = phases.call("persons", () -> registry.resolve(a, result));
            Map<String, StatementPinEntity> pins = new HashMap<>();
            for (StatementPinEntity p : StatementPinEntity.<StatementPinEntity>list("articleId", a.id)) {
                pins.put(p.quoteKey, p);
            }
            List<StatementEntity> rows = new ArrayList<>();
            int seq = 0;
            for (Statement s : result.statements()) {
                rows.add(row(a, s, seq++, resolved.speakerByStatement().get(s.id()), pins));
            }
            Set<Long> touched = new LinkedHashSet<>(old.clusters());
            phases.run("align", () -> {
                touched.addAll(alignment.align(rows, old.hints(), pins, old.clusters()));
                a.statementCount = rows.size();
                em.flush();
            });
            phases.run("clusters", () -> {
                clusters.recompute(touched);
                em.flush();
            });
            phases.run("stories", () -> {
                Long previousStory = a.storyId;
                stories.assign(a);
                if (previousStory != null) {
                    // a new version may move the article out of its story, or to another date inside it: the old
                    // story's span is recomputed (assign only widens the span of the story it picks)
                    em.flush();
                    stories.refresh(previousStory);
                }
                em.flush();
            });
            phases.run("names", () -> {
                Set<Long> persons = new LinkedHashSet<>(resolved.personIds());
                persons.addAll(old.persons());
                names.recompute(persons);
                em.flush();
            });
        });
    }

    private StatementEntity row(ArticleEntity a, Statement s, int seq, PersonRecord person,
                                Map<String, StatementPinEntity> pins) {
        StatementEntity e = new StatementEntity();
        e.id = a.id + "-" + s.id();
        e.articleId = a.id;
        e.articleVersion = a.version;
        e.localId = s.id();
        e.seq = seq;
        e.form = s.form() == null ? "Direct" : s.form().name();
        e.medium = s.medium() == null ? null : s.medium().name();
        e.quoteText = s.quote() == null ? "" : s.quote().text();
        e.quoteKey = Texts.quoteKey(e.quoteText);
        e.quoteStart = s.quote() == null ? 0 : Math.max(0, s.quote().start());
        e.quoteEnd = s.quote() == null ? 0 : Math.max(0, s.quote().end());
        String parent = s.parentId() == null ? null : a.id + "-" + s.parentId();
        StatementBody body = StatementBody.of(s, parent);
        if (s.speaker() != null && s.speaker().name() != null) {
            e.speakerName = cut(s.speaker().name(), 300);
            e.entityId = person == null ? null : person.entityId();
            e.speakerNamed = StatementView.named(s.speaker().resolution());
            body = body.withSpeaker(body.speaker().withResolved(s.speaker().name(), e.entityId));
        }
        StatementPinEntity pin = pins.get(e.quoteKey);
        if (pin != null && pin.speakerName != null) {
            e.speakerName = cut(pin.speakerName, 300);
            e.entityId = pin.speakerEntityId;
            e.speakerOverride = true;
            e.speakerNamed = true;
            StatementBody.SpeakerBody sp = body.speaker() != null ? body.speaker()
                    : new StatementBody.SpeakerBody(null, List.of(), null, null, "PERSON", null);
            body = body.withSpeaker(new StatementBody.SpeakerBody(sp.text(), sp.spans(), pin.speakerName,
                    pin.speakerEntityId, sp.kind(), "corrected by a person"));
        }
        e.speakerKey = e.speakerName == null ? null : cut(Names.fold(e.speakerName), 300);
        e.outlet = a.outlet;
        e.url = a.url;
        e.publishedAt = a.publishedAt;
        e.language = a.language;
        e.extractorVersion = a.extractorVersion;
        e.confidence = s.confidence();
        if (s.quote() != null) {
            e.contextText = Texts.context(a.body, s.quote().start(), s.quote().end());
            if (a.publishedAt == null) {
                OffsetDateTime seen = a.analysedAt != null ? a.analysedAt : OffsetDateTime.now();
                e.undatedDay = UndatedDay.of(a.body, s.quote().start(), seen.toLocalDate());
            }
        }
        e.channelText = s.channel() == null ? null : cut(s.channel().text(), 500);
        e.intermediary = s.intermediary() == null ? null
                : cut(s.intermediary().name() != null ? s.intermediary().name() : s.intermediary().text(), 300);
        try {
            e.body = json.writeValueAsString(body);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
        return e;
    }

    static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }
}
