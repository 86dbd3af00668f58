(function(){
function key(td){var s=(td.getAttribute('data-v')||td.textContent).trim().replace(/,/g,'');var n=parseFloat(s);return isNaN(n)?s.toLowerCase():n;}
function cmp(a,b){if(typeof a==='number'&&typeof b==='number')return a-b;if(typeof a==='number')return -1;if(typeof b==='number')return 1;return a<b?-1:a>b?1:0;}
document.querySelectorAll('table.sortable').forEach(function(t){
var hs=t.querySelectorAll('thead th');
hs.forEach(function(th,i){
th.tabIndex=0;
function go(){
var asc=th.getAttribute('aria-sort')!=='ascending';
hs.forEach(function(h){h.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',asc?'ascending':'descending');
var b=t.tBodies[0];var rows=Array.prototype.slice.call(b.rows);
rows.sort(function(x,y){var r=cmp(key(x.cells[i]),key(y.cells[i]));return asc?r:-r;});
rows.forEach(function(r){b.appendChild(r);});
}
th.addEventListener('click',go);
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
});
});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();
