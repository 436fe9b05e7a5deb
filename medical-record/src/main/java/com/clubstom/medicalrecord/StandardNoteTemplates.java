package com.clubstom.medicalrecord;

import static com.clubstom.medicalrecord.NoteSection.ANAMNESIS;
import static com.clubstom.medicalrecord.NoteSection.COMPLAINTS;
import static com.clubstom.medicalrecord.NoteSection.OBJECTIVE;
import static com.clubstom.medicalrecord.NoteSection.RECOMMENDATIONS;
import static com.clubstom.medicalrecord.NoteSection.TREATMENT;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The wording a new clinic starts with: the common situations of a therapeutic, endodontic, surgical and hygiene visit in
 * the usual phrasing of Russian dental records. Written once, when the clinic has no templates; the clinic edits them
 * afterwards and they are never written again.
 */
@Component
@Order(5)
class StandardNoteTemplates implements ApplicationRunner {

	record Wording(String title, NoteSection section, String text) {
	}

	static final List<Wording> WORDING = List.of(
			new Wording("Профилактический осмотр", COMPLAINTS,
					"Жалоб нет. Обратился(-ась) с целью профилактического осмотра и санации полости рта."),
			new Wording("Кариес", COMPLAINTS,
					"Жалобы на кратковременную боль от холодного и сладкого, проходящую сразу после устранения раздражителя; "
							+ "застревание пищи в зубе."),
			new Wording("Пульпит", COMPLAINTS,
					"Жалобы на самопроизвольные приступообразные боли, усиливающиеся ночью и от температурных раздражителей, "
							+ "с иррадиацией по ходу ветвей тройничного нерва."),
			new Wording("Периодонтит", COMPLAINTS,
					"Жалобы на ноющую боль, усиливающуюся при накусывании, ощущение «выросшего» зуба."),
			new Wording("Кариес", ANAMNESIS,
					"Зуб ранее не лечен. Дефект заметил(-а) около месяца назад, к врачу не обращался(-ась)."),
			new Wording("Пульпит", ANAMNESIS,
					"Боли беспокоят в течение 2–3 дней, ранее зуб лечен по поводу кариеса. Обезболивающие препараты "
							+ "принимал(-а) с временным эффектом."),
			new Wording("Кариес дентина", OBJECTIVE,
					"Конфигурация лица не изменена, регионарные лимфоузлы не пальпируются. Слизистая оболочка полости рта "
							+ "бледно-розовая, умеренно увлажнена. На жевательной поверхности зуба кариозная полость средней "
							+ "глубины, заполненная размягчённым пигментированным дентином. Зондирование болезненно по "
							+ "эмалево-дентинной границе, реакция на холод кратковременная, перкуссия безболезненна."),
			new Wording("Острый пульпит", OBJECTIVE,
					"Глубокая кариозная полость, дентин размягчён, зондирование дна резко болезненно в одной точке. Реакция "
							+ "на холод резко болезненная, продолжительная. Перкуссия безболезненна. ЭОД — 25 мкА."),
			new Wording("Без патологии", OBJECTIVE,
					"Конфигурация лица не изменена. Открывание рта свободное. Слизистая оболочка полости рта бледно-розовая, "
							+ "без патологических изменений. Прикус ортогнатический. Гигиена полости рта удовлетворительная."),
			new Wording("Лечение кариеса (композит)", TREATMENT,
					"Под инфильтрационной анестезией Sol. Articaini 4% с эпинефрином 1:100 000 — 1,7 мл проведено "
							+ "препарирование кариозной полости, медикаментозная обработка раствором хлоргексидина 0,05%. "
							+ "Изоляция от слюны. Адгезивная подготовка. Восстановление светоотверждаемым композитом послойно. "
							+ "Шлифовка, полировка, проверка окклюзии."),
			new Wording("Эндодонтическое лечение", TREATMENT,
					"Под анестезией Sol. Articaini 4% — 1,7 мл раскрытие полости зуба, экстирпация пульпы. Определение "
							+ "рабочей длины апекслокатором. Инструментальная обработка каналов, ирригация раствором гипохлорита "
							+ "натрия 3% и ЭДТА 17%. Пломбирование каналов гуттаперчей методом латеральной конденсации с "
							+ "силером. Рентгенологический контроль. Наложена временная пломба."),
			new Wording("Удаление зуба", TREATMENT,
					"Под проводниковой анестезией Sol. Articaini 4% — 1,7 мл синдесмотомия, удаление зуба щипцами. Ревизия "
							+ "лунки, гемостаз. Лунка заполнена кровяным сгустком."),
			new Wording("Профессиональная гигиена", TREATMENT,
					"Удаление над- и поддесневых зубных отложений ультразвуком, обработка Air Flow, полировка пастами, "
							+ "покрытие фторсодержащим лаком. Обучение индивидуальной гигиене полости рта."),
			new Wording("После пломбирования", RECOMMENDATIONS,
					"Не принимать пищу 2 часа. Чистка зубов 2 раза в день, зубная нить. Контрольный осмотр через 6 месяцев."),
			new Wording("После удаления зуба", RECOMMENDATIONS,
					"Не принимать пищу 2 часа, не полоскать рот в течение суток, не греть область удаления, избегать "
							+ "физических нагрузок. При кровотечении, усилении боли, повышении температуры — обратиться в клинику."),
			new Wording("После эндодонтического лечения", RECOMMENDATIONS,
					"Возможна чувствительность при накусывании в течение 2–3 дней. Явка для постоянной реставрации зуба в "
							+ "назначенный день."));

	private final NoteTemplateLibrary library;

	StandardNoteTemplates(NoteTemplateLibrary library) {
		this.library = library;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (library.isEmpty()) {
			WORDING.forEach(wording -> library.write(wording.title(), wording.section(), wording.text()));
		}
	}
}
