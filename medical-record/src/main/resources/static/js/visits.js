// The visit page: a template picked for a section of the notes is added to that section's text (after what is there),
// and the picker returns to its prompt so the same template can be added again. Delegated, so it survives htmx swaps.
document.addEventListener('change', (event) => {
  const picker = event.target.closest('select[data-note-template]');
  if (!picker || !picker.value) {
    return;
  }
  const area = document.getElementById(picker.dataset.for);
  if (area) {
    area.value = area.value.trim() ? area.value.trimEnd() + '\n' + picker.value : picker.value;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }
  picker.value = '';
});
