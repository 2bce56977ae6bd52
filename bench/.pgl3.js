const t0=performance.now(); const c0=process.cpuUsage();
const {PGlite}=require('@electric-sql/pglite');
const {pg_trgm}=require('@electric-sql/pglite/contrib/pg_trgm');
const m=(n)=>{const c=process.cpuUsage(c0);console.log(n, Math.round(performance.now()-t0),'ms cpu',Math.round((c.user+c.system)/1000))};
(async()=>{
 const blob = new Blob([require('fs').readFileSync('/tmp/tpl.tgz')]);
 const db=await PGlite.create(process.argv[2], {loadDataDir: blob, extensions:{pg_trgm}}); m('create');
 console.log((await db.query('select count(*) from pg_class')).rows);
 await db.close(); m('close');
})();
