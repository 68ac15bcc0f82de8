package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.registro.record.RecordRef;

/** Ids made from titles: readable, valid as record ids, never taken. */
class RecordIdsTest {

	private static final Predicate<String> NONE_TAKEN = (id) -> false;

	@Test
	void accentsAreDroppedAndLettersKept() {
		assertThat(RecordIds.fromTitle("Calidad del Agua 2025", NONE_TAKEN)).isEqualTo("calidad-del-agua-2025");
		assertThat(RecordIds.fromTitle("Vacunación en Michoacán: niñas y niños", NONE_TAKEN))
			.isEqualTo("vacunacion-en-michoacan-ninas-y-ninos");
		assertThat(RecordIds.fromTitle("ÉPOCA DE LLUVIAS", NONE_TAKEN)).isEqualTo("epoca-de-lluvias");
	}

	@Test
	void punctuationAndSpacesBecomeOneHyphenAndNoneAtTheEnds() {
		assertThat(RecordIds.fromTitle("  ¿Qué   datos?  ¡Estos!!! (v2.0) — final… ", NONE_TAKEN)).isEqualTo("que-datos-estos-v2-0-final");
		assertThat(RecordIds.fromTitle("presupuesto_2025/2026", NONE_TAKEN)).isEqualTo("presupuesto-2025-2026");
	}

	@Test
	void takenIdsGetTheNextFreeNumber() {
		Set<String> taken = Set.of("agua", "agua-2", "agua-3");
		assertThat(RecordIds.fromTitle("Agua", taken::contains)).isEqualTo("agua-4");
		assertThat(RecordIds.fromTitle("Agua", Set.of("agua")::contains)).isEqualTo("agua-2");
		assertThat(RecordIds.fromTitle("Agua", Set.of("agua-2")::contains)).isEqualTo("agua");
	}

	@Test
	void longTitlesAreCutWithoutATrailingHyphenAndStayValidWithANumber() {
		String title = "Indicadores ".repeat(30);
		String id = RecordIds.fromTitle(title, NONE_TAKEN);
		assertThat(id).hasSizeLessThanOrEqualTo(80).startsWith("indicadores-indicadores").doesNotEndWith("-");
		assertThat(RecordRef.isValidId(id)).isTrue();
		// 79 letters then a space: the cut falls on the hyphen, which must go
		String atBoundary = RecordIds.fromTitle("a".repeat(79) + " b" + "c".repeat(40), NONE_TAKEN);
		assertThat(atBoundary).isEqualTo("a".repeat(79));
		String next = RecordIds.fromTitle(title, Set.of(id)::contains);
		assertThat(next).isEqualTo(id + "-2");
		assertThat(RecordRef.isValidId(next)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "¿?¡!", "—…", "漢字" })
	void aTitleWithNothingUsableGetsAGenericId(String title) {
		assertThat(RecordIds.fromTitle(title, NONE_TAKEN)).isEqualTo("conjunto-de-datos");
		assertThat(RecordIds.fromTitle(title, Set.of("conjunto-de-datos")::contains)).isEqualTo("conjunto-de-datos-2");
	}

	@Test
	void aOneLetterTitleIsPrefixedToMakeAValidId() {
		String id = RecordIds.fromTitle("Ñ", NONE_TAKEN);
		assertThat(id).isEqualTo("conjunto-n");
		assertThat(RecordRef.isValidId(id)).isTrue();
	}

}
