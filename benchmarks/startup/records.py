"""Writes the Yangxi sample under COUNT subjects as JSON Lines: python3 records.py SAMPLE OUT COUNT (batch.sh, threads.sh)."""
import json, re, sys

sample, out_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
# The sample carries // comments, which JSON does not.
text = re.sub(r'^\s*//.*$', '', open(sample, encoding='utf-8').read(), flags=re.M)
record = json.loads(text)
with open(out_path, 'w', encoding='utf-8') as out:
    for i in range(count):
        record['subject'] = f'部门 {i:05d}'
        out.write(json.dumps(record, ensure_ascii=False) + '\n')
