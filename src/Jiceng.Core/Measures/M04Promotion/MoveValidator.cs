using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// Checks a move or a transfer wish on its own (every problem at once, zh-CN). The database checks (cadre and units in
/// scope) and the minimum grassroots service (R3.2, <see cref="M03Staffing.GrassrootsMinService"/>) are the caller's.
/// </summary>
public static class MoveValidator
{
    public static IReadOnlyList<FieldError> Validate(MoveInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.CadreId is null or <= 0)
        {
            errors.Add(new FieldError("cadreId", "干部：必填"));
        }

        var external = input.ExternalDestination?.Trim() ?? "";
        if (input.ToOrgUnitId is null && external.Length == 0)
        {
            errors.Add(new FieldError("toOrgUnitId", "调入单位：必填（本区以外的单位请填写“区外单位”）"));
        }
        else if (input.ToOrgUnitId is not null && external.Length > 0)
        {
            errors.Add(new FieldError("externalDestination", "区外单位：已选择本区调入单位时不填"));
        }
        else if (FreeText.Problem(input.ExternalDestination, CadreMove.DestinationMaxLength, required: false) is { } p)
        {
            errors.Add(new FieldError("externalDestination", $"区外单位：{p}"));
        }

        if (input.ToOrgUnitId is { } to && to == input.FromOrgUnitId)
        {
            errors.Add(new FieldError("toOrgUnitId", "调入单位：与调出单位相同"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "调动方式：必填"));
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(new FieldError("status", "状态：必填"));
        }

        if (input.EffectiveOn is not { } on)
        {
            errors.Add(new FieldError("effectiveOn", "生效日期：必填"));
        }
        else if (Dates.OutsideRecordRange(on) is { } range)
        {
            errors.Add(new FieldError("effectiveOn", $"生效日期：{range}"));
        }
        else if (input.Status == MoveStatus.Done && on > today)
        {
            errors.Add(new FieldError("effectiveOn", $"生效日期：{Dates.Format(on)}晚于今天，尚未生效的调动请登记为“拟调动”"));
        }

        if (FreeText.Problem(input.DocumentNumber, CadreMove.DocumentNumberMaxLength, required: false) is { } doc)
        {
            errors.Add(new FieldError("documentNumber", $"文号：{doc}"));
        }

        if (FreeText.Problem(input.Note, CadreMove.NoteMaxLength, required: false) is { } note)
        {
            errors.Add(new FieldError("note", $"备注：{note}"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(WishInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.CadreId is null or <= 0)
        {
            errors.Add(new FieldError("cadreId", "干部：必填"));
        }

        if (input.RegisteredOn is not { } registered)
        {
            errors.Add(new FieldError("registeredOn", "登记日期：必填"));
        }
        else if (registered > today)
        {
            errors.Add(new FieldError("registeredOn", $"登记日期：{Dates.Format(registered)}晚于今天"));
        }
        else if (Dates.OutsideRecordRange(registered) is { } range)
        {
            errors.Add(new FieldError("registeredOn", $"登记日期：{range}"));
        }

        if (FreeText.Problem(input.Destination, TransferWish.DestinationMaxLength, required: true) is { } dest)
        {
            errors.Add(new FieldError("destination", $"意向去向：{dest}"));
        }

        if (FreeText.Problem(input.Reason, TransferWish.ReasonMaxLength, required: true, multiLine: true) is { } reason)
        {
            errors.Add(new FieldError("reason", $"交流理由：{reason}"));
        }

        var answered = input.AnsweredOn is not null;
        if (input.AnsweredOn is { } on)
        {
            if (on > today)
            {
                errors.Add(new FieldError("answeredOn", $"答复日期：{Dates.Format(on)}晚于今天"));
            }
            else if (input.RegisteredOn is { } r && on < r)
            {
                errors.Add(new FieldError("answeredOn", $"答复日期：{Dates.Format(on)}早于登记日期{Dates.Format(r)}"));
            }
        }

        if (FreeText.Problem(input.Answer, TransferWish.AnswerMaxLength, required: answered, multiLine: true) is { } answer)
        {
            errors.Add(new FieldError("answer", $"答复意见：{answer}{(answered ? "（已填答复日期）" : "")}"));
        }
        else if (!answered && !string.IsNullOrWhiteSpace(input.Answer))
        {
            errors.Add(new FieldError("answeredOn", "答复日期：填写答复意见时必填"));
        }

        if (FreeText.Problem(input.AnsweredBy, TransferWish.AnsweredByMaxLength, required: answered) is { } by)
        {
            errors.Add(new FieldError("answeredBy", $"答复人：{by}"));
        }

        return errors;
    }
}
