
// The whole body under another name.
@Controller('samples')
export class SamplesController {
  constructor(private readonly samples: Model<Sample>) {}

  @Put(':barcode')
  async update(@Param('barcode') barcode: string, @Body() body: any) {
    // ruleid: js-mass-assignment
    return this.samples.findOneAndUpdate({ barcode }, body, { new: true });
  }

  @Patch(':barcode/label')
  async relabel(@Param('barcode') barcode: string, @Body('label') label: string) {
    // ok: js-mass-assignment
    return this.samples.findOneAndUpdate({ barcode }, { label: String(label) }, { new: true });
  }

  @Post()
  async create(@Body() dto: CreateSampleDto) {
    // ok: js-mass-assignment
    return this.samples.create(dto);
  }
}

export async function register(req: Request, res: Response) {
  const data = req.body;
  // ruleid: js-mass-assignment
  const user = await User.create(data);
  res.json({ id: user.id });
}
