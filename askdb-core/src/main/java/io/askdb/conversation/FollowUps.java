package io.askdb.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the common follow-ups in full against the previous question, without an LLM:
 * <ul>
 *   <li>another year: "and in 2007?" → the previous question with 2007 in place of its year (or "in 2007" added);
 *   <li>a filter: "only the red ones" → "how many red products are there?"; "only those in France" adds "in France";
 *   <li>a cut: "show the top 5 of those" → "list the top 5 products by price";
 *   <li>a breakdown: "break it down by category" → "… by category" (replacing an earlier "by …");
 *   <li>an order: "sort them by price" → "… sorted by price";
 *   <li>another subject: "what about customers?" → "how many customers are there?"; "and in France?" adds or
 *       replaces "in France".
 * </ul>
 * Anything else returns empty; {@link #refersBack} tells whether such a question still leans on the
 * previous one (then the LLM reads it). Stateless and thread-safe.
 */
final class FollowUps {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR = Pattern.compile(
            "^(?:(?:and|but|ok|okay|now|then|so|also|what about|how about|same for|same but|and for)\\b[ ,]*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_YEAR = Pattern.compile("^(?:in |for |during |from )?((?:19|20)\\d\\d)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOP = Pattern.compile(
            "^(?:(?:show|give|list|get)(?: me)? )?(?:only |just )?(?:the )?(top|first|bottom|last) (\\d+|"
                    + "three|five|ten|twenty)(?: (?:of )?(?:those|them|these|ones|results|rows))?(?: only)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP = Pattern.compile(
            "^(?:(?:break|split) (?:it|that|this|them|those|these)(?: down| up)? |group(?:ed)? (?:it |them |those )?"
                    + "|broken down |split up )?(?:by|per|for each|for every) (.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SORT = Pattern.compile(
            "^(?:sort|order|rank)(?:ed)? (?:them |it |those |these |the results )?by (.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY = Pattern.compile(
            "^(?:(?:show|give|list)(?: me)? )?(?:only|just)(?: show)?(?: the| those| these| ones| them)*(?: that are| which are| that| which)? (.+?)(?: ones| one| only)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_CLAUSE = Pattern.compile("\\s+(?:by|per|for each) [^,?]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile(
            "^(how many|how much|list|show(?: me)?|which|what are|what is|give me|find|count|display|name)"
                    + "(?: all)?(?: of)?(?: the)?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_END = Pattern.compile(
            "\\s+(?:are|is|do|does|did|have|has|were|was|with|in|by|from|that|which|where|per|for|of|sorted|ordered)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PREPOSITIONS = Set.of("in", "from", "with", "without", "over", "under", "above",
            "below", "where", "that", "for", "before", "after", "since", "on", "at", "between", "made",
            "sold", "priced", "costing", "named", "more", "less", "not");
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(those|them|these|that|it|ones|same|previous|instead|also)\\b", Pattern.CASE_INSENSITIVE);

    /** The follow-up read in full against {@code previous}, or empty when no pattern fits. */
    Optional<String> resolve(String followUp, String previous) {
        String f = clean(followUp);
        String prev = previous.strip().replaceAll("[?.!\\s]+$", "");
        boolean connected = CONNECTOR.matcher(f).find();
        String rest = CONNECTOR.matcher(f).replaceFirst("").strip();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ONLY_YEAR.matcher(rest)).matches()) {
            String year = m.group(1);
            Matcher y = YEAR.matcher(prev);
            return Optional.of(question(y.find() ? y.replaceAll(year) : prev + " in " + year));
        }
        if ((m = TOP.matcher(rest)).matches()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String cut = (word.equals("bottom") || word.equals("last") ? "bottom " : "top ") + m.group(2);
            return insertBeforeSubject(prev, cut).map(FollowUps::question);
        }
        if ((m = SORT.matcher(rest)).matches()) {
            return Optional.of(question(prev + " sorted by " + m.group(1)));
        }
        if ((m = GROUP.matcher(rest)).matches()) {
            String by = " by " + m.group(1);
            Matcher old = BY_CLAUSE.matcher(prev);
            return Optional.of(question(old.find() ? old.replaceFirst(by) : prev + by));
        }
        if ((m = ONLY.matcher(rest)).matches()) {
            return Optional.of(question(filter(prev, m.group(1))));
        }
        if (connected && startsWithPreposition(rest) && !BACK_REFERENCE.matcher(rest).find()) {
            return Optional.of(question(replaceOrAppend(prev, rest)));
        }
        if (connected && rest.split(" ").length <= 3 && !BACK_REFERENCE.matcher(rest).find()) {
            return replaceSubject(prev, rest).map(FollowUps::question);
        }
        return Optional.empty();
    }

    /** Whether a question no pattern read still leans on the one before ("and those from last year?"). */
    boolean refersBack(String followUp) {
        String f = clean(followUp);
        return CONNECTOR.matcher(f).find() || BACK_REFERENCE.matcher(f).find();
    }

    private static String clean(String text) {
        return text.strip().replaceAll("[?.!]+$", "").replaceAll("\\s+", " ").strip();
    }

    private static String filter(String prev, String condition) {
        return startsWithPreposition(condition)
                ? replaceOrAppend(prev, condition)
                : insertBeforeSubject(prev, condition).orElse(prev + " that are " + condition);
    }

    /** "in France" replaces an earlier "in …" that is not a year; otherwise it is added. */
    private static String replaceOrAppend(String prev, String phrase) {
        String word = phrase.split(" ")[0].toLowerCase(Locale.ROOT);
        Matcher earlier = Pattern.compile("\\b" + Pattern.quote(word) + " (?!(?:19|20)\\d\\d\\b)[^,?]+$",
                Pattern.CASE_INSENSITIVE).matcher(prev);
        if (earlier.find() && !word.equals("with") && !word.equals("that") && !word.equals("which")) {
            return prev.substring(0, earlier.start()) + phrase;
        }
        return prev + " " + phrase;
    }

    private static boolean startsWithPreposition(String text) {
        return PREPOSITIONS.contains(text.split(" ")[0].toLowerCase(Locale.ROOT));
    }

    private static Optional<String> insertBeforeSubject(String prev, String words) {
        Matcher m = SUBJECT.matcher(prev);
        if (!m.find()) {
            return Optional.empty();
        }
        String head = prev.substring(0, m.end());
        boolean cut = words.startsWith("top ") || words.startsWith("bottom ");
        String article = cut && !head.toLowerCase(Locale.ROOT).endsWith("the ") ? "the " : "";
        return Optional.of(head + article + words + " " + prev.substring(m.end()));
    }

    private static Optional<String> replaceSubject(String prev, String subject) {
        Matcher m = SUBJECT.matcher(prev);
        if (!m.find()) {
            return Optional.empty();
        }
        String after = prev.substring(m.end());
        Matcher end = SUBJECT_END.matcher(after);
        String tail = end.find() ? after.substring(end.start()) : "";
        return Optional.of(prev.substring(0, m.end()) + subject + tail);
    }

    private static String question(String text) {
        return text.strip() + "?";
    }
}
